import { parseArn } from "../../core/accounts.js";
import { parseDeliveryPolicy, retryPolicyFor } from "./deliveryPolicy.js";
import { invalidParameter } from "./errors.js";
import { compileFilterPolicy } from "./filterPolicy.js";
import type { Subscription } from "./model.js";

const RAW_PROTOCOLS = new Set(["sqs", "http", "https", "firehose"]);
const SETTABLE = new Set([
  "DeliveryPolicy",
  "FilterPolicy",
  "FilterPolicyScope",
  "RawMessageDelivery",
  "RedrivePolicy",
  "SubscriptionRoleArn",
  "ReplayPolicy",
]);

/**
 * Checks a subscription's attributes: each of `names` (default: all) on its own, then the FilterPolicy for
 * the FilterPolicyScope beside it.
 */
export function checkSubscriptionAttributes(
  protocol: string,
  attributes: Record<string, string>,
  names: readonly string[] = Object.keys(attributes),
): void {
  for (const name of names) {
    if (!SETTABLE.has(name)) throw invalidParameter("AttributeName");
    const value = attributes[name];
    if (value !== undefined) checkOne(protocol, name, value);
  }
  const policy = attributes.FilterPolicy;
  if (policy !== undefined) {
    const scope = attributes.FilterPolicyScope === "MessageBody" ? "MessageBody" : "MessageAttributes";
    compileFilterPolicy(policy, scope);
  }
}

function checkOne(protocol: string, name: string, value: string): void {
  switch (name) {
    case "RawMessageDelivery":
      if (value.toLowerCase() !== "true" && value.toLowerCase() !== "false") {
        throw invalidParameter(
          `Attributes Reason: RawMessageDelivery: Invalid value [${value}]. Must be true or false.`,
        );
      }
      if (!RAW_PROTOCOLS.has(protocol)) {
        throw invalidParameter(
          `Attributes Reason: Delivery protocol [${protocol}] does not support raw message delivery.`,
        );
      }
      return;
    case "FilterPolicyScope":
      if (value !== "MessageAttributes" && value !== "MessageBody") {
        throw invalidParameter(
          `Attributes Reason: FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`,
        );
      }
      return;
    case "RedrivePolicy":
      deadLetterTargetOf(value);
      return;
    case "DeliveryPolicy":
      parseDeliveryPolicy(value);
      return;
    default:
      return;
  }
}

/** The queue ARN a RedrivePolicy names; InvalidParameter for anything else. */
export function deadLetterTargetOf(redrivePolicy: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(redrivePolicy);
  } catch {
    throw invalidParameter("RedrivePolicy: failed to parse JSON.");
  }
  const target =
    typeof parsed === "object" && parsed !== null
      ? (parsed as Record<string, unknown>).deadLetterTargetArn
      : undefined;
  if (typeof target !== "string") {
    throw invalidParameter("RedrivePolicy: deadLetterTargetArn is missing.");
  }
  if (parseArn(target)?.service !== "sqs") {
    throw invalidParameter(`RedrivePolicy: deadLetterTargetArn is an invalid arn: ${target}`);
  }
  return target;
}

/** Everything GetSubscriptionAttributes answers; http/https ones show the retry policy they follow. */
export function subscriptionAttributes(
  subscription: Subscription,
  topicDeliveryPolicy: string | undefined,
): Record<string, string> {
  const set = subscription.attributes;
  const out: Record<string, string> = {
    Owner: subscription.owner,
    RawMessageDelivery: set.RawMessageDelivery?.toLowerCase() ?? "false",
    TopicArn: subscription.topicArn,
    Endpoint: subscription.endpoint,
    Protocol: subscription.protocol,
    PendingConfirmation: String(!subscription.confirmed),
    ConfirmationWasAuthenticated: String(subscription.confirmationWasAuthenticated),
    SubscriptionArn: subscription.arn,
  };
  for (const [name, value] of Object.entries(set)) if (name !== "RawMessageDelivery") out[name] = value;
  if (set.FilterPolicy !== undefined && set.FilterPolicyScope === undefined) {
    out.FilterPolicyScope = "MessageAttributes";
  }
  if (subscription.protocol === "http" || subscription.protocol === "https") {
    out.EffectiveDeliveryPolicy = JSON.stringify({
      healthyRetryPolicy: retryPolicyFor(topicDeliveryPolicy, set.DeliveryPolicy),
    });
  }
  return out;
}

export function isRawDelivery(subscription: Subscription): boolean {
  return subscription.attributes.RawMessageDelivery?.toLowerCase() === "true";
}
