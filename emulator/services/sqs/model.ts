import { createHash } from "node:crypto";
import type { AwsError } from "../../core/errors.js";
import { arn } from "../../core/accounts.js";
import type { Clock } from "../../core/clock.js";
import { uuid } from "../../core/uuid.js";
import {
  COMPUTED_ATTRIBUTES,
  allStoredAttributes,
  canonicalAttributes,
  checkAttributes,
  effectiveAttribute,
  isKnownAttributeName,
  numericAttribute,
  parseRedriveAllowPolicy,
  parseRedrivePolicy,
  sameAttributeValue,
  withoutEmpty,
  type QueueAttributes,
} from "./attributes.js";
import { SqsErrors, nonExistentQueue } from "./errors.js";
import { md5OfBody, md5OfMessageAttributes, type MessageAttributeMap } from "./md5.js";
import { longPoll } from "./longPoll.js";
import type { SqsMetrics } from "./metrics.js";
import { MoveTasks } from "./moveTasks.js";
import { Queue, type QueuedMessage } from "./queue.js";
import { checkQueueName } from "./queueNames.js";
import { decodeReceiptHandle, encodeReceiptHandle } from "./receiptHandles.js";
import {
  DELETED_NAME_BLOCK_MS,
  type MessageContent,
  type MessageRecord,
  type QueueRecord,
  type SqsStore,
} from "./store.js";

export const DEDUP_WINDOW_MS = 5 * 60_000;
const PURGE_BLOCK_MS = 60_000;
const MAX_VISIBILITY_MS = 43_200_000;
/** AWS: about 120,000 in-flight messages per queue (FIFO now documents the same). */
export const IN_FLIGHT_LIMIT = 120_000;

export interface SendRequest {
  body: string;
  delaySeconds?: number | undefined;
  attributes?: MessageAttributeMap | undefined;
  traceHeader?: string | undefined;
  groupId?: string | undefined;
  dedupId?: string | undefined;
}

export interface SendResult {
  messageId: string;
  md5OfBody: string;
  md5OfAttributes: string | undefined;
  sequenceNumber: string | undefined;
}

export interface ReceiveRequest {
  maxMessages: number;
  visibilityTimeout?: number | undefined;
  waitTimeSeconds?: number | undefined;
  attemptId?: string | undefined;
}

export interface Delivered extends MessageContent {
  message: MessageRecord;
  receiptHandle: string;
}

interface Dedup {
  messageId: string;
  seq: number;
  expiresAt: number;
}

interface ReceiveAttempt {
  expiresAt: number;
  handles: { seq: number; token: string }[];
}

interface QueueState {
  queue: Queue;
  /** FIFO deduplication ids within the 5-minute window, oldest first. */
  dedup: Map<string, Dedup>;
  attempts: Map<string, ReceiveAttempt>;
}

export const sequenceNumber = (seq: number): string => String(seq).padStart(20, "0");

/** Where queues live: SQS partitions them by account and region, as AWS does. */
export interface QueueScope {
  readonly accountId: string;
  readonly region: string;
}

/**
 * SQS behaviour with no HTTP in it: queues, messages, visibility, delays, FIFO ordering and deduplication,
 * redrive, purge and long-poll waiting. Working state lives in memory (indexed for O(log n) receives); every
 * change is written through the store inside one transaction per call, so what a call acknowledged survives a
 * crash, and all timers are stored timestamps that mean the same after a restart.
 */
export class SqsModel {
  private readonly queues = new Map<string, QueueState>();
  private readonly byId = new Map<number, QueueState>();
  /** The same queues by ARN: SNS and Lambda name queues by ARN on every delivery. */
  private readonly byArn = new Map<string, QueueState>();
  private readonly deletedNames = new Map<string, number>();
  private seqs!: IdAllocator;
  private queueIds!: IdAllocator;
  private closed = false;
  moveTasks!: MoveTasks;

  constructor(
    private readonly store: SqsStore,
    readonly clock: Clock,
    private readonly metrics?: SqsMetrics,
  ) {
    this.restore();
  }

  /**
   * (Re)builds the working state from the store: at start, and after a failed write was rolled back, so memory
   * holds exactly what the database holds. Long polls waiting on the old queues end empty.
   */
  restore(): void {
    const oldQueues = [...this.queues.values()];
    this.queues.clear();
    this.byId.clear();
    this.byArn.clear();
    this.deletedNames.clear();
    for (const { queue } of oldQueues) queue.notify();
    const now = this.clock.now();
    const snapshot = this.store.load(now);
    this.seqs = new IdAllocator(this.store, "seq", snapshot.counters.seq);
    this.queueIds = new IdAllocator(this.store, "queueId", snapshot.counters.queueId);
    for (const record of snapshot.queues) {
      this.register(record);
      this.queueIds.atLeast(record.id + 1);
    }
    for (const message of snapshot.messages) {
      this.byId.get(message.queueId)?.queue.add(message, now);
      this.seqs.atLeast(message.seq + 1);
    }
    for (const { queueId, count, delayedUntil } of snapshot.onDisk)
      this.byId.get(queueId)?.queue.restoreOnDisk(count, delayedUntil);
    for (const entry of snapshot.dedup) {
      this.byId
        .get(entry.queueId)
        ?.dedup.set(entry.key, { messageId: entry.messageId, seq: entry.seq, expiresAt: entry.expiresAt });
      this.seqs.atLeast(entry.seq + 1);
    }
    for (const deleted of snapshot.deletedQueues)
      this.deletedNames.set(key(deleted, deleted.name), deleted.deletedAt);
    this.moveTasks = new MoveTasks(this, this.store, snapshot.moveTasks);
  }

  /** Queue and message counts per account and region. */
  summary(): Record<string, Record<string, { queues: number; messages: number }>> {
    const out: Record<string, Record<string, { queues: number; messages: number }>> = {};
    const now = this.clock.now();
    for (const { queue } of this.queues.values()) {
      const { accountId, region } = queue.record;
      const counts = queue.counts(now);
      const entry = ((out[accountId] ??= {})[region] ??= { queues: 0, messages: 0 });
      entry.queues++;
      entry.messages += counts.visible + counts.inflight + counts.delayed;
    }
    return out;
  }

  // ---- queues ----

  createQueue(
    scope: QueueScope,
    name: string,
    attributes: QueueAttributes,
    tags: Record<string, string>,
  ): Queue {
    const fifo = /^true$/i.test(attributes.FifoQueue ?? "");
    checkQueueName(name, fifo);
    const requested = { ...attributes };
    if (!fifo && requested.FifoQueue !== undefined) {
      if (!/^false$/i.test(requested.FifoQueue))
        throw SqsErrors.invalidAttributeValue("Invalid value for the parameter FifoQueue.");
      delete requested.FifoQueue;
    }
    checkAttributes(requested, fifo, true);
    const given = canonicalAttributes(requested);
    const existing = this.queues.get(key(scope, name));
    if (existing) {
      const record = existing.queue.record;
      for (const [attribute, value] of Object.entries(given)) {
        if (!sameAttributeValue(effectiveAttribute(record.attributes, attribute, record.fifo), value)) {
          throw SqsErrors.queueNameExists(
            `A queue already exists with the same name and a different value for attribute ${attribute}`,
          );
        }
      }
      return existing.queue;
    }
    const now = this.clock.now();
    const deletedAt = this.deletedNames.get(key(scope, name));
    if (deletedAt !== undefined && now - deletedAt < DELETED_NAME_BLOCK_MS) {
      throw SqsErrors.queueDeletedRecently(
        "You must wait 60 seconds after deleting a queue before you can create another with the same name.",
      );
    }
    this.checkRedriveTarget(arn("sqs", scope.region, scope.accountId, name), fifo, given.RedrivePolicy);
    const record: QueueRecord = {
      id: 0,
      accountId: scope.accountId,
      region: scope.region,
      name,
      fifo,
      attributes: withoutEmpty(given),
      tags: { ...tags },
      createdAt: now,
      lastModifiedAt: now,
      lastPurgeAt: undefined,
    };
    this.store.transaction(() => {
      record.id = this.queueIds.next();
      this.store.putQueue(record);
    });
    this.deletedNames.delete(key(scope, name));
    return this.register(record).queue;
  }

  private register(record: QueueRecord): QueueState {
    const state: QueueState = {
      queue: new Queue(
        record,
        arn("sqs", record.region, record.accountId, record.name),
        this.store.windowed && !record.fifo
          ? (queueId, after, limit) => this.store.readWaiting(queueId, after, limit)
          : undefined,
      ),
      dedup: new Map(),
      attempts: new Map(),
    };
    this.queues.set(key(record, record.name), state);
    this.byId.set(record.id, state);
    this.byArn.set(state.queue.arn, state);
    return state;
  }

  /** The queue, or QueueDoesNotExist. */
  getQueue(scope: QueueScope, name: string): Queue {
    const state = this.queues.get(key(scope, name));
    if (!state) throw nonExistentQueue();
    return state.queue;
  }

  findQueueByArn(arn: string): Queue | undefined {
    return this.byArn.get(arn)?.queue;
  }

  deleteQueue(queue: Queue): void {
    const state = this.state(queue);
    const now = this.clock.now();
    this.store.transaction(() => this.store.deleteQueue(queue.record, now));
    this.queues.delete(key(queue.record, queue.record.name));
    this.byId.delete(queue.record.id);
    this.byArn.delete(queue.arn);
    this.deletedNames.set(key(queue.record, queue.record.name), now);
    state.queue.clear();
    queue.notify();
  }

  /** Every queue of every account and region (CloudWatch samples their depth). */
  allQueues(): Queue[] {
    return [...this.queues.values()].map(({ queue }) => queue);
  }

  listQueues(scope: QueueScope, prefix = ""): Queue[] {
    const out: Queue[] = [];
    for (const { queue } of this.queues.values()) {
      const { record } = queue;
      if (
        record.accountId === scope.accountId &&
        record.region === scope.region &&
        record.name.startsWith(prefix)
      )
        out.push(queue);
    }
    return out.sort((a, b) => (a.record.name < b.record.name ? -1 : a.record.name > b.record.name ? 1 : 0));
  }

  deadLetterSourceQueues(queue: Queue): Queue[] {
    return this.listQueues(queue.record).filter(
      (source) =>
        parseRedrivePolicy(source.record.attributes.RedrivePolicy)?.deadLetterTargetArn === queue.arn,
    );
  }

  getAttributes(queue: Queue, names: readonly string[]): QueueAttributes {
    const { record } = queue;
    const all = names.includes("All");
    for (const name of names) {
      if (name !== "All" && !isKnownAttributeName(name, record.fifo)) {
        throw SqsErrors.invalidAttributeName(`Unknown Attribute ${name}.`);
      }
    }
    const wanted = (name: string): boolean => all || names.includes(name);
    const out: QueueAttributes = {};
    if (COMPUTED_ATTRIBUTES.some((name) => name.startsWith("Approximate") && wanted(name))) {
      const counts = this.countMessages(queue);
      if (wanted("ApproximateNumberOfMessages")) out.ApproximateNumberOfMessages = String(counts.visible);
      if (wanted("ApproximateNumberOfMessagesNotVisible"))
        out.ApproximateNumberOfMessagesNotVisible = String(counts.inflight);
      if (wanted("ApproximateNumberOfMessagesDelayed"))
        out.ApproximateNumberOfMessagesDelayed = String(counts.delayed);
    }
    if (wanted("CreatedTimestamp")) out.CreatedTimestamp = String(Math.floor(record.createdAt / 1000));
    if (wanted("LastModifiedTimestamp"))
      out.LastModifiedTimestamp = String(Math.floor(record.lastModifiedAt / 1000));
    if (wanted("QueueArn")) out.QueueArn = queue.arn;
    for (const [name, value] of Object.entries(allStoredAttributes(record.attributes, record.fifo))) {
      if (wanted(name)) out[name] = value;
    }
    return out;
  }

  setAttributes(queue: Queue, attributes: QueueAttributes): void {
    const { record } = queue;
    checkAttributes(attributes, record.fifo, false);
    if (attributes.RedrivePolicy !== undefined)
      this.checkRedriveTarget(queue.arn, record.fifo, attributes.RedrivePolicy);
    const updated: QueueRecord = {
      ...record,
      attributes: withoutEmpty({ ...record.attributes, ...canonicalAttributes(attributes) }),
      lastModifiedAt: this.clock.now(),
    };
    this.store.transaction(() => this.store.putQueue(updated));
    queue.record = updated;
  }

  private checkRedriveTarget(sourceArn: string, fifo: boolean, value: string | undefined): void {
    const policy = parseRedrivePolicy(value);
    if (!policy || value === undefined) return;
    const reject = (reason: string): AwsError =>
      SqsErrors.invalidParameterValue(
        `Value ${value} for parameter RedrivePolicy is invalid. Reason: ${reason}`,
      );
    const target = this.findQueueByArn(policy.deadLetterTargetArn);
    if (!target) throw reject("Dead letter target does not exist.");
    if (target.fifo !== fifo) throw reject("Dead-letter queue must be same type of queue as the source.");
    if (!this.allowsSource(target, sourceArn)) {
      throw reject(`Queue ${target.arn} does not allow ${sourceArn} to use it as a dead-letter queue.`);
    }
  }

  private allowsSource(deadLetterQueue: Queue, sourceArn: string): boolean {
    const allow = parseRedriveAllowPolicy(deadLetterQueue.record.attributes.RedriveAllowPolicy);
    if (!allow || allow.redrivePermission === "allowAll") return true;
    return allow.redrivePermission === "byQueue" && allow.sourceQueueArns.includes(sourceArn);
  }

  tagQueue(queue: Queue, tags: Record<string, string>): void {
    this.updateRecord(queue, { tags: { ...queue.record.tags, ...tags } });
  }

  untagQueue(queue: Queue, keys: readonly string[]): void {
    const tags = { ...queue.record.tags };
    for (const tagKey of keys) delete tags[tagKey];
    this.updateRecord(queue, { tags });
  }

  private updateRecord(queue: Queue, change: Partial<QueueRecord>): void {
    const updated = { ...queue.record, ...change };
    this.store.transaction(() => this.store.putQueue(updated));
    queue.record = updated;
  }

  purge(queue: Queue): void {
    const now = this.clock.now();
    const last = queue.record.lastPurgeAt;
    if (last !== undefined && now - last < PURGE_BLOCK_MS) {
      throw SqsErrors.purgeQueueInProgress(
        `Only one PurgeQueue operation on ${queue.record.name} is allowed every 60 seconds.`,
      );
    }
    const updated = { ...queue.record, lastPurgeAt: now };
    this.store.transaction(() => {
      this.store.deleteQueueMessages(queue.record.id);
      this.store.putQueue(updated);
    });
    queue.record = updated;
    queue.clear();
  }

  // ---- messages ----

  /**
   * Sends already-validated messages in one transaction, or in the caller's (SNS delivering): nothing below
   * throws, so it needs no savepoint of its own (`joinTransaction`).
   */
  send(queue: Queue, requests: readonly SendRequest[], senderId: string): SendResult[] {
    const state = this.state(queue);
    const now = this.clock.now();
    const { record } = queue;
    const queueDelay = numericAttribute(record.attributes, "DelaySeconds", record.fifo);
    const results = this.store.joinTransaction(() =>
      requests.map((request): SendResult => {
        const md5 = md5OfBody(request.body);
        const md5OfAttributes = md5OfMessageAttributes(request.attributes);
        let dedupId = request.dedupId;
        if (record.fifo) {
          dedupId ??= createHash("sha256").update(request.body, "utf8").digest("hex");
          const dedupKey =
            effectiveAttribute(record.attributes, "DeduplicationScope", true) === "messageGroup"
              ? `${request.groupId ?? ""}\u0000${dedupId}`
              : dedupId;
          this.pruneDedup(state, now);
          const previous = state.dedup.get(dedupKey);
          if (previous) {
            return {
              messageId: previous.messageId,
              md5OfBody: md5,
              md5OfAttributes,
              sequenceNumber: sequenceNumber(previous.seq),
            };
          }
          const message = this.enqueue(queue, request, {
            now,
            delaySeconds: queueDelay,
            dedupId,
            senderId,
            md5,
            md5OfAttributes,
          });
          const entry = { messageId: message.messageId, seq: message.seq, expiresAt: now + DEDUP_WINDOW_MS };
          state.dedup.set(dedupKey, entry);
          this.store.putDedup({ queueId: record.id, key: dedupKey, ...entry });
          return {
            messageId: message.messageId,
            md5OfBody: md5,
            md5OfAttributes,
            sequenceNumber: sequenceNumber(message.seq),
          };
        }
        const delaySeconds = request.delaySeconds ?? queueDelay;
        const message = this.enqueue(queue, request, {
          now,
          delaySeconds,
          dedupId,
          senderId,
          md5,
          md5OfAttributes,
        });
        return { messageId: message.messageId, md5OfBody: md5, md5OfAttributes, sequenceNumber: undefined };
      }),
    );
    queue.notify();
    this.metrics?.sent(queue, requests);
    return results;
  }

  private enqueue(
    queue: Queue,
    request: SendRequest,
    meta: {
      now: number;
      delaySeconds: number;
      dedupId: string | undefined;
      senderId: string;
      md5: string;
      md5OfAttributes: string | undefined;
    },
  ): MessageRecord {
    const message: MessageRecord = {
      seq: this.seqs.next(),
      queueId: queue.record.id,
      messageId: uuid(),
      body: request.body,
      attributes:
        request.attributes && Object.keys(request.attributes).length > 0 ? request.attributes : undefined,
      traceHeader: request.traceHeader,
      md5OfBody: meta.md5,
      md5OfAttributes: meta.md5OfAttributes,
      groupId: request.groupId,
      dedupId: meta.dedupId,
      senderId: meta.senderId,
      sentAt: meta.now,
      visibleAt: meta.now + meta.delaySeconds * 1000,
      receiveCount: 0,
      firstReceiveAt: undefined,
      receiptToken: undefined,
      receivedAt: undefined,
      deadLetterSourceArn: undefined,
    };
    this.store.insertMessage(message);
    if (this.store.contentOnDisk) {
      message.body = undefined;
      message.attributes = undefined;
    }
    queue.add(message, meta.now);
    return message;
  }

  private pruneDedup(state: QueueState, now: number): void {
    for (const [dedupKey, entry] of state.dedup) {
      if (entry.expiresAt > now) break;
      state.dedup.delete(dedupKey);
    }
  }

  /**
   * Receives up to `maxMessages`, waiting up to `waitTimeSeconds` for the first to arrive. The wait ends early
   * when messages arrive or become visible, when `signal` aborts, or when the queue or model goes away.
   */
  async receive(queue: Queue, request: ReceiveRequest, signal: AbortSignal): Promise<Delivered[]> {
    const first = this.receiveNow(queue, request);
    const waitMs =
      (request.waitTimeSeconds ??
        numericAttribute(queue.record.attributes, "ReceiveMessageWaitTimeSeconds", queue.fifo)) * 1000;
    if (first.length > 0 || waitMs <= 0 || signal.aborted || this.closed) return first;
    return longPoll({
      queue,
      waitMs,
      signal,
      clock: this.clock,
      attempt: () => (this.closed || !this.isLive(queue) ? undefined : this.receiveNow(queue, request)),
    });
  }

  /** Drops expired deduplication ids and receive attempts, here and in the store. */
  prune(): void {
    const now = this.clock.now();
    for (const state of this.queues.values()) {
      this.pruneDedup(state, now);
      state.queue.pruneInflight(now);
      for (const [id, attempt] of state.attempts) if (attempt.expiresAt <= now) state.attempts.delete(id);
    }
    for (const [name, deletedAt] of this.deletedNames)
      if (now - deletedAt >= DELETED_NAME_BLOCK_MS) this.deletedNames.delete(name);
    this.store.prune(now);
  }

  private isLive(queue: Queue): boolean {
    return this.byId.get(queue.record.id)?.queue === queue;
  }

  /** Receives at once, without waiting (long polls and Lambda's pollers wait for changes themselves). */
  receiveNow(queue: Queue, request: ReceiveRequest): Delivered[] {
    const state = this.state(queue);
    const now = this.clock.now();
    const { record } = queue;
    if (request.attemptId !== undefined && record.fifo) {
      const replay = this.replayAttempt(state, request.attemptId, now);
      if (replay) return replay;
    }
    if (queue.inflight.size >= IN_FLIGHT_LIMIT) {
      queue.pruneInflight(now);
      if (queue.inflight.size >= IN_FLIGHT_LIMIT) {
        throw SqsErrors.overLimit(
          `The maximum number of in flight messages (${IN_FLIGHT_LIMIT}) has been reached for queue ${record.name}.`,
        );
      }
    }
    const retentionMs = numericAttribute(record.attributes, "MessageRetentionPeriod", record.fifo) * 1000;
    const visibilityMs =
      (request.visibilityTimeout ?? numericAttribute(record.attributes, "VisibilityTimeout", record.fifo)) *
      1000;
    const redrive = parseRedrivePolicy(record.attributes.RedrivePolicy);
    const deadLetterQueue = redrive ? this.findQueueByArn(redrive.deadLetterTargetArn) : undefined;
    // A queue named as its own DLQ would loop forever moving a message into itself.
    const canRedrive =
      deadLetterQueue !== undefined &&
      deadLetterQueue !== queue &&
      this.allowsSource(deadLetterQueue, queue.arn);
    const delivered = this.store.transaction(() => {
      const taken = queue.take(
        now,
        Math.min(request.maxMessages, IN_FLIGHT_LIMIT - queue.inflight.size),
        (message) => {
          if (message.rec.sentAt + retentionMs <= now) {
            this.store.deleteMessage(message.rec.seq);
            queue.remove(message, now);
            return true;
          }
          if (canRedrive && redrive && message.rec.receiveCount >= redrive.maxReceiveCount) {
            this.moveMessage(queue, message, deadLetterQueue, now, queue.arn);
            return true;
          }
          return false;
        },
      );
      const out = taken.map((message) => this.deliver(queue, message, now, visibilityMs));
      queue.settle();
      return out;
    });
    if (canRedrive && deadLetterQueue) deadLetterQueue.notify();
    this.metrics?.received(queue, delivered.length);
    if (request.attemptId !== undefined && record.fifo) {
      state.attempts.set(request.attemptId, {
        expiresAt: now + DEDUP_WINDOW_MS,
        handles: delivered.map((d) => ({ seq: d.message.seq, token: d.message.receiptToken ?? "" })),
      });
    }
    return delivered;
  }

  private deliver(queue: Queue, message: QueuedMessage, now: number, visibilityMs: number): Delivered {
    const rec = message.rec;
    rec.receiveCount++;
    rec.firstReceiveAt ??= now;
    rec.receivedAt = now;
    rec.visibleAt = now + visibilityMs;
    rec.receiptToken = uuid();
    this.store.updateMessage(rec);
    queue.inflight.set(rec.seq, message);
    queue.reschedule(message);
    return {
      message: rec,
      ...this.contentOf(rec),
      receiptHandle: encodeReceiptHandle(queue.record.id, rec.seq, rec.receiptToken),
    };
  }

  private replayAttempt(state: QueueState, attemptId: string, now: number): Delivered[] | undefined {
    const attempt = state.attempts.get(attemptId);
    if (!attempt) return undefined;
    if (attempt.expiresAt <= now) {
      state.attempts.delete(attemptId);
      return undefined;
    }
    const out: Delivered[] = [];
    for (const { seq, token } of attempt.handles) {
      const message = state.queue.messages.get(seq);
      if (!message || message.rec.receiptToken !== token || message.rec.visibleAt <= now) return undefined;
      out.push({
        message: message.rec,
        ...this.contentOf(message.rec),
        receiptHandle: encodeReceiptHandle(state.queue.record.id, seq, token),
      });
    }
    return out;
  }

  private contentOf(rec: MessageRecord): MessageContent {
    return rec.body === undefined
      ? this.store.readContent(rec.seq)
      : { body: rec.body, attributes: rec.attributes };
  }

  /** Moves a message to another queue as a new record (new position), e.g. to a DLQ or back by a move task. */
  moveMessage(
    from: Queue,
    message: QueuedMessage,
    to: Queue,
    now: number,
    deadLetterSourceArn: string | undefined,
  ): void {
    from.remove(message, now);
    const moved: MessageRecord = {
      ...message.rec,
      seq: this.seqs.next(),
      queueId: to.record.id,
      visibleAt: now,
      receiptToken: undefined,
      receivedAt: undefined,
      deadLetterSourceArn,
      ...(deadLetterSourceArn === undefined
        ? { receiveCount: 0, firstReceiveAt: undefined, sentAt: now }
        : {}),
    };
    this.store.moveMessage(message.rec.seq, moved);
    // A dead-lettered message ages from its move, as AWS reports the DLQ's ApproximateAgeOfOldestMessage.
    to.add(moved, now, deadLetterSourceArn === undefined ? moved.sentAt : now);
  }

  /**
   * Resolves a receipt handle to its message, in memory or (windowed queues: no longer in flight) only on disk;
   * throws ReceiptHandleIsInvalid when malformed.
   */
  private lookupHandle(
    queue: Queue,
    handle: string,
  ): { message: QueuedMessage | undefined; onDisk: MessageRecord | undefined; current: boolean } {
    const parsed = decodeReceiptHandle(handle);
    if (!parsed || parsed.queueId !== queue.record.id) {
      throw SqsErrors.receiptHandleIsInvalid(
        `The input receipt handle "${handle}" is not a valid receipt handle.`,
      );
    }
    const message = queue.messages.get(parsed.seq);
    if (message) return { message, onDisk: undefined, current: message.rec.receiptToken === parsed.token };
    const stored = this.store.windowed ? this.store.readMessage(parsed.seq) : undefined;
    const onDisk = stored?.queueId === queue.record.id ? stored : undefined;
    return { message: undefined, onDisk, current: onDisk?.receiptToken === parsed.token };
  }

  /** Deletes by receipt handles in one transaction; each result is undefined (done) or that entry's error. */
  deleteMessages(queue: Queue, handles: readonly string[]): (AwsError | undefined)[] {
    const now = this.clock.now();
    const results = this.store.transaction(() =>
      handles.map((handle) => {
        try {
          const { message, onDisk, current } = this.lookupHandle(queue, handle);
          // A stale handle on a standard queue "succeeds but may not delete" (here it deletes); on a FIFO queue
          // the message belongs to a newer receive, so the handle has expired.
          if (message && !current && queue.fifo) {
            throw SqsErrors.invalidParameterValue(
              `Value ${handle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`,
            );
          }
          if (message) {
            this.store.deleteMessage(message.rec.seq);
            queue.remove(message, now);
          } else if (onDisk) {
            this.store.deleteMessage(onDisk.seq);
            queue.forget(onDisk, now);
          }
          return undefined;
        } catch (error) {
          return error as AwsError;
        }
      }),
    );
    if (queue.fifo) queue.notify();
    this.metrics?.deleted(queue, results.filter((result) => result === undefined).length);
    return results;
  }

  changeVisibility(
    queue: Queue,
    changes: readonly { handle: string; timeoutSeconds: number }[],
  ): (AwsError | undefined)[] {
    const now = this.clock.now();
    const results = this.store.transaction(() =>
      changes.map(({ handle, timeoutSeconds }) => {
        try {
          const { message, onDisk, current } = this.lookupHandle(queue, handle);
          if (!current || (!message && !onDisk)) {
            throw SqsErrors.invalidParameterValue(
              `Value ${handle} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`,
            );
          }
          // Every in-flight message is in memory; one only on disk has become visible again.
          if (!message) throw SqsErrors.messageNotInflight("Message is not in flight.");
          const rec = message.rec;
          if (rec.visibleAt <= now) throw SqsErrors.messageNotInflight("Message is not in flight.");
          if (now - (rec.receivedAt ?? now) + timeoutSeconds * 1000 > MAX_VISIBILITY_MS) {
            throw SqsErrors.invalidParameterValue(
              `Value ${timeoutSeconds} for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]`,
            );
          }
          rec.visibleAt = now + timeoutSeconds * 1000;
          this.store.updateMessage(rec);
          queue.reschedule(message);
          return undefined;
        } catch (error) {
          return error as AwsError;
        }
      }),
    );
    queue.notify();
    return results;
  }

  /** Visible, in-flight and delayed counts; drops messages past retention on the way. */
  countMessages(queue: Queue): { visible: number; inflight: number; delayed: number } {
    const now = this.clock.now();
    this.expireMessages(queue, now);
    return queue.counts(now);
  }

  /**
   * Deletes messages past the queue's retention period, in memory and on disk. Runs only once the oldest
   * message may have expired, so counting a deep queue does not scan it.
   */
  private expireMessages(queue: Queue, now: number): void {
    const retentionMs =
      numericAttribute(queue.record.attributes, "MessageRetentionPeriod", queue.fifo) * 1000;
    const cutoff = now - retentionMs;
    if (queue.oldestSentAt > cutoff) return;
    this.store.transaction(() => {
      let oldest = Infinity;
      for (const message of [...queue.messages.values()]) {
        if (message.rec.sentAt > cutoff) oldest = Math.min(oldest, message.rec.sentAt);
        else {
          this.store.deleteMessage(message.rec.seq);
          queue.remove(message, now);
        }
      }
      for (const rec of this.store.expireMessages(queue.record.id, cutoff)) queue.forget(rec, now);
      queue.oldestSentAt = Math.min(oldest, this.store.oldestSentAt(queue.record.id) ?? Infinity);
    });
  }

  private state(queue: Queue): QueueState {
    const state = this.byId.get(queue.record.id);
    if (!state || state.queue !== queue) throw nonExistentQueue();
    return state;
  }

  close(): void {
    this.closed = true;
    for (const { queue } of this.queues.values()) queue.notify();
  }

  /**
   * Forgets every queue, message, move task and cooldown (deleted names, purges) in every account, in memory
   * and in the store, in one transaction. Id counters are kept, so a receipt handle from before never names a
   * message sent after. Pending long polls wake and return empty, as when their queue is deleted.
   */
  reset(): void {
    this.store.transaction(() => this.store.clear());
    const states = [...this.queues.values()];
    this.queues.clear();
    this.byId.clear();
    this.byArn.clear();
    this.deletedNames.clear();
    this.moveTasks.clear();
    for (const { queue } of states) {
      queue.clear();
      queue.notify();
    }
  }
}

const key = (scope: QueueScope, name: string): string => `${scope.accountId}/${scope.region}/${name}`;

/**
 * Hands out increasing ids that are never reused, even across restarts after the newest rows were deleted:
 * it persists a high-water mark a block ahead (one extra write per block, inside the caller's transaction),
 * so a stale receipt handle can never name a newer message.
 */
class IdAllocator {
  private static readonly BLOCK = 10_000;
  private nextId: number;
  private reserved: number;

  constructor(
    private readonly store: SqsStore,
    private readonly name: string,
    persisted = 1,
  ) {
    this.nextId = persisted;
    this.reserved = persisted;
  }

  atLeast(id: number): void {
    this.nextId = Math.max(this.nextId, id);
    this.reserved = Math.max(this.reserved, this.nextId);
  }

  next(): number {
    if (this.nextId >= this.reserved) {
      this.reserved = this.nextId + IdAllocator.BLOCK;
      this.store.putCounter(this.name, this.reserved);
    }
    return this.nextId++;
  }
}
