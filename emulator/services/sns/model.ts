import { randomUUID } from "node:crypto";
import type { Caller } from "../../core/accounts.js";
import { inCallerScope, parseTopicArn, topicArnOf, topicOfSubscriptionArn } from "./arns.js";
import { invalidParameter, subscriptionNotFound, topicNotFound } from "./errors.js";
import type { CompiledFilterPolicy, FilterPolicyScope } from "../../core/filter-pattern/compile.js";
import { compileFilterPolicy } from "./filterPolicy.js";
import type { SnsPersistence } from "./persistence.js";

export interface Topic {
  readonly arn: string;
  readonly accountId: string;
  readonly region: string;
  readonly name: string;
  readonly fifo: boolean;
  /** Attributes the caller set (Policy, DisplayName, DeliveryPolicy, …); defaults are filled in on reads. */
  attributes: Record<string, string>;
  tags: Record<string, string>;
  subscriptionsDeleted: number;
  /** Last SequenceNumber handed out (FIFO topics). */
  sequence: number;
}

export interface Subscription {
  readonly arn: string;
  readonly topicArn: string;
  readonly owner: string;
  readonly protocol: string;
  readonly endpoint: string;
  /** Attributes the caller set (RawMessageDelivery, FilterPolicy, RedrivePolicy, …). */
  attributes: Record<string, string>;
  confirmed: boolean;
  /** The confirmation token of a pending http/https subscription. */
  token: string | undefined;
  confirmationWasAuthenticated: boolean;
}

/** What a topic's subscriptions look like to a publish: each with its compiled filter, matched in one pass. */
export interface LiveSubscription {
  readonly subscription: Subscription;
  filter: CompiledFilterPolicy | undefined;
  scope: FilterPolicyScope;
}

/** A FIFO publish remembered for the deduplication interval. */
export interface DedupEntry {
  readonly messageId: string;
  readonly sequenceNumber: string;
  readonly expiresAt: number;
}

export const DEDUP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * SNS's topics and subscriptions, per account and region (an ARN names both), without HTTP. Every change is
 * written through `persistence` inside the caller's store transaction; memory is rebuilt from it on recovery.
 */
export class SnsModel {
  private readonly topics = new Map<string, Topic>();
  private readonly subscriptions = new Map<string, Subscription>();
  /** Per topic, its subscriptions in creation order, as a publish walks them. */
  private readonly byTopic = new Map<string, LiveSubscription[]>();
  private readonly tokens = new Map<string, Subscription>();
  private readonly dedup = new Map<string, Map<string, DedupEntry>>();

  constructor(private readonly persistence: SnsPersistence) {
    this.restore();
  }

  /** Rebuilds memory from the persistence layer (start-up, and after a rolled-back write). */
  restore(): void {
    this.topics.clear();
    this.subscriptions.clear();
    this.byTopic.clear();
    this.tokens.clear();
    this.dedup.clear();
    const state = this.persistence.load();
    for (const topic of state.topics) {
      this.topics.set(topic.arn, topic);
      this.byTopic.set(topic.arn, []);
    }
    for (const subscription of state.subscriptions) this.index(subscription);
    for (const { topicArn, id, entry } of state.dedup) this.dedupOf(topicArn).set(id, entry);
  }

  reset(): void {
    this.persistence.clear();
    this.restore();
  }

  // Topics

  createTopic(
    caller: Caller,
    name: string,
    fifo: boolean,
    attributes: Record<string, string>,
    tags: Record<string, string>,
  ): Topic {
    const arn = topicArnOf(caller, name);
    const existing = this.topics.get(arn);
    if (existing !== undefined) {
      for (const [key, value] of Object.entries(attributes)) {
        if (key !== "FifoTopic" && existing.attributes[key] !== value) {
          throw invalidParameter("Attributes Reason: Topic already exists with different attributes");
        }
      }
      for (const [key, value] of Object.entries(tags)) {
        if (existing.tags[key] !== value) {
          throw invalidParameter("Tags Reason: Topic already exists with different tags");
        }
      }
      return existing;
    }
    const { FifoTopic: _fifo, ...rest } = attributes;
    const topic: Topic = {
      arn,
      accountId: caller.accountId,
      region: caller.region,
      name,
      fifo,
      attributes: rest,
      tags: { ...tags },
      subscriptionsDeleted: 0,
      sequence: 0,
    };
    this.topics.set(arn, topic);
    this.byTopic.set(arn, []);
    this.persistence.saveTopic(topic);
    return topic;
  }

  /**
   * The topic an ARN names in the caller's region, in any account (the topic's policy then decides whether the
   * caller may act on it); InvalidParameter/NotFound otherwise.
   */
  regionalTopic(caller: Caller, topicArn: string, parameter = "TopicArn"): Topic {
    const topic = this.findRegionalTopic(caller, topicArn, parameter);
    if (topic === undefined) throw topicNotFound();
    return topic;
  }

  findRegionalTopic(caller: Caller, topicArn: string, parameter = "TopicArn"): Topic | undefined {
    // A known topic's ARN is well formed, so only a miss needs parsing (for its InvalidParameter).
    const topic = this.topics.get(topicArn);
    if (topic !== undefined) return topic.region === caller.region ? topic : undefined;
    parseTopicArn(topicArn, parameter);
    return undefined;
  }

  /** The topic an ARN names in the caller's own account and region (tagging reaches no other account's). */
  findTopic(caller: Caller, topicArn: string): Topic | undefined {
    const parts = parseTopicArn(topicArn);
    return inCallerScope(caller, parts) ? this.topics.get(topicArn) : undefined;
  }

  topicByArn(topicArn: string): Topic | undefined {
    return this.topics.get(topicArn);
  }

  subscriptionByArn(subscriptionArn: string): Subscription | undefined {
    return this.subscriptions.get(subscriptionArn);
  }

  deleteTopic(topic: Topic): void {
    for (const live of this.byTopic.get(topic.arn) ?? []) this.forgetSubscription(live.subscription);
    this.byTopic.delete(topic.arn);
    this.topics.delete(topic.arn);
    this.dedup.delete(topic.arn);
    this.persistence.deleteTopic(topic.arn);
  }

  listTopics(caller: Caller): Topic[] {
    return [...this.topics.values()].filter((topic) => inCallerScope(caller, topic));
  }

  saveTopic(topic: Topic): void {
    this.persistence.saveTopic(topic);
  }

  subscriptionCounts(topic: Topic): { confirmed: number; pending: number } {
    let confirmed = 0;
    let pending = 0;
    for (const { subscription } of this.byTopic.get(topic.arn) ?? []) {
      if (subscription.confirmed) confirmed++;
      else pending++;
    }
    return { confirmed, pending };
  }

  // Subscriptions

  /** The topic's subscriptions with their compiled filters, in creation order. */
  liveSubscriptions(topic: Topic): readonly LiveSubscription[] {
    return this.byTopic.get(topic.arn) ?? [];
  }

  findSubscriptionByEndpoint(topic: Topic, protocol: string, endpoint: string): Subscription | undefined {
    return this.liveSubscriptions(topic).find(
      ({ subscription }) => subscription.protocol === protocol && subscription.endpoint === endpoint,
    )?.subscription;
  }

  subscribe(
    topic: Topic,
    owner: string,
    protocol: string,
    endpoint: string,
    attributes: Record<string, string>,
    confirmed: boolean,
  ): Subscription {
    const subscription: Subscription = {
      arn: `${topic.arn}:${randomUUID()}`,
      topicArn: topic.arn,
      owner,
      protocol,
      endpoint,
      attributes: { ...attributes },
      confirmed,
      token: confirmed ? undefined : randomUUID().replace(/-/g, "").repeat(4),
      confirmationWasAuthenticated: confirmed,
    };
    this.index(subscription);
    this.persistence.saveSubscription(subscription);
    return subscription;
  }

  /**
   * The subscription an ARN names in the caller's region, when the caller's account owns its topic or made it
   * (a subscriber of another account's topic manages its own subscriptions).
   */
  subscription(caller: Caller, subscriptionArn: string): Subscription {
    const found = this.findSubscription(caller, subscriptionArn);
    if (found === undefined) throw subscriptionNotFound();
    return found;
  }

  findSubscription(caller: Caller, subscriptionArn: string): Subscription | undefined {
    const parts = parseTopicArn(topicOfSubscriptionArn(subscriptionArn), "SubscriptionArn");
    if (parts.region !== caller.region) return undefined;
    const subscription = this.subscriptions.get(subscriptionArn);
    const mine = parts.accountId === caller.accountId || subscription?.owner === caller.accountId;
    return mine ? subscription : undefined;
  }

  subscriptionByToken(topic: Topic, token: string): Subscription {
    const subscription = this.tokens.get(token);
    if (subscription === undefined || subscription.topicArn !== topic.arn) throw invalidParameter("Token");
    return subscription;
  }

  /** Confirms a pending subscription; the token stays valid, so confirming again answers the same ARN. */
  confirm(subscription: Subscription, authenticated: boolean): void {
    if (subscription.confirmed) return;
    subscription.confirmed = true;
    subscription.confirmationWasAuthenticated = authenticated;
    this.persistence.saveSubscription(subscription);
  }

  /** Sets one attribute (or removes it when `value` is undefined), recompiling the filter when it changes. */
  setSubscriptionAttribute(subscription: Subscription, name: string, value: string | undefined): void {
    const next = { ...subscription.attributes };
    if (value === undefined) delete next[name];
    else next[name] = value;
    const compiled = compileFilterOf(next);
    subscription.attributes = next;
    const live = this.liveOf(subscription);
    if (live !== undefined) {
      live.filter = compiled.filter;
      live.scope = compiled.scope;
    }
    this.persistence.saveSubscription(subscription);
  }

  unsubscribe(subscription: Subscription): void {
    const topic = this.topics.get(subscription.topicArn);
    this.forgetSubscription(subscription);
    if (topic !== undefined) {
      topic.subscriptionsDeleted++;
      this.persistence.saveTopic(topic);
    }
  }

  /** The caller's subscriptions in its region: those it made, to its own topics or to other accounts'. */
  listSubscriptions(caller: Caller): Subscription[] {
    return [...this.subscriptions.values()].filter(
      (subscription) =>
        subscription.owner === caller.accountId &&
        parseTopicArn(subscription.topicArn).region === caller.region,
    );
  }

  // FIFO

  nextSequenceNumber(topic: Topic): string {
    topic.sequence++;
    this.persistence.saveTopic(topic);
    return String(topic.sequence).padStart(20, "0");
  }

  /** The earlier publish with this deduplication id, while its interval lasts. */
  duplicateOf(topic: Topic, deduplicationId: string, now: number): DedupEntry | undefined {
    const entry = this.dedup.get(topic.arn)?.get(deduplicationId);
    return entry !== undefined && entry.expiresAt > now ? entry : undefined;
  }

  remember(topic: Topic, deduplicationId: string, entry: DedupEntry): void {
    this.dedupOf(topic.arn).set(deduplicationId, entry);
    this.persistence.saveDedup(topic.arn, deduplicationId, entry);
  }

  /** Forgets deduplication ids whose interval is over. */
  prune(now: number): void {
    for (const entries of this.dedup.values()) {
      for (const [id, entry] of entries) if (entry.expiresAt <= now) entries.delete(id);
    }
    this.persistence.pruneDedup(now);
  }

  summary(): Record<string, Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, Record<string, number>>> = {};
    const count = (accountId: string, region: string, kind: string) => {
      const regions = (out[accountId] ??= {});
      const kinds = (regions[region] ??= {});
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    };
    for (const topic of this.topics.values()) count(topic.accountId, topic.region, "topics");
    for (const subscription of this.subscriptions.values()) {
      const topic = this.topics.get(subscription.topicArn);
      if (topic !== undefined) count(topic.accountId, topic.region, "subscriptions");
    }
    return out;
  }

  private index(subscription: Subscription): void {
    this.subscriptions.set(subscription.arn, subscription);
    if (subscription.token !== undefined) this.tokens.set(subscription.token, subscription);
    const { filter, scope } = compileFilterOf(subscription.attributes);
    let list = this.byTopic.get(subscription.topicArn);
    if (list === undefined) {
      list = [];
      this.byTopic.set(subscription.topicArn, list);
    }
    list.push({ subscription, filter, scope });
  }

  private liveOf(subscription: Subscription): LiveSubscription | undefined {
    return this.byTopic.get(subscription.topicArn)?.find((live) => live.subscription === subscription);
  }

  private forgetSubscription(subscription: Subscription): void {
    this.subscriptions.delete(subscription.arn);
    if (subscription.token !== undefined) this.tokens.delete(subscription.token);
    const list = this.byTopic.get(subscription.topicArn);
    if (list !== undefined) {
      const at = list.findIndex((live) => live.subscription === subscription);
      if (at !== -1) list.splice(at, 1);
    }
    this.persistence.deleteSubscription(subscription.arn);
  }

  private dedupOf(topicArn: string): Map<string, DedupEntry> {
    let entries = this.dedup.get(topicArn);
    if (entries === undefined) {
      entries = new Map();
      this.dedup.set(topicArn, entries);
    }
    return entries;
  }
}

function compileFilterOf(attributes: Record<string, string>): {
  filter: CompiledFilterPolicy | undefined;
  scope: FilterPolicyScope;
} {
  const scope = attributes.FilterPolicyScope === "MessageBody" ? "MessageBody" : "MessageAttributes";
  const policy = attributes.FilterPolicy;
  return { filter: policy === undefined ? undefined : compileFilterPolicy(policy, scope), scope };
}
