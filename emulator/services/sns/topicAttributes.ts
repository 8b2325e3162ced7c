import { checkPolicyDocument, defaultTopicPolicy } from "./policy.js";
import { effectiveTopicDeliveryPolicy, parseDeliveryPolicy } from "./deliveryPolicy.js";
import { invalidParameter } from "./errors.js";
import type { Topic } from "./model.js";

const DELIVERY_STATUS_PROTOCOLS = ["HTTP", "Firehose", "Lambda", "Application", "SQS"];
const DELIVERY_STATUS_ATTRIBUTES = new Set(
  DELIVERY_STATUS_PROTOCOLS.flatMap((protocol) => [
    `${protocol}SuccessFeedbackRoleArn`,
    `${protocol}SuccessFeedbackSampleRate`,
    `${protocol}FailureFeedbackRoleArn`,
  ]),
);

const FIFO_ONLY = new Set(["ContentBasedDeduplication", "ArchivePolicy", "FifoThroughputScope"]);

/** Checks one attribute a caller sets on a topic (SetTopicAttributes, or CreateTopic's Attributes). */
export function checkTopicAttribute(name: string, value: string, fifo: boolean): void {
  if (FIFO_ONLY.has(name) && !fifo) {
    throw invalidParameter(`${name} Reason: ${name} is only valid for FIFO topics`);
  }
  switch (name) {
    case "DisplayName":
      if (value.length > 100) throw invalidParameter("DisplayName Reason: must be at most 100 characters");
      return;
    case "Policy":
      checkPolicyDocument(value);
      return;
    case "DeliveryPolicy":
      parseDeliveryPolicy(value);
      return;
    case "SignatureVersion":
      if (value !== "1" && value !== "2") throw invalidParameter("SignatureVersion");
      return;
    case "TracingConfig":
      if (value !== "PassThrough" && value !== "Active") throw invalidParameter("TracingConfig");
      return;
    case "ContentBasedDeduplication":
      if (value !== "true" && value !== "false") throw invalidParameter("ContentBasedDeduplication");
      return;
    case "FifoThroughputScope":
      if (value !== "Topic" && value !== "MessageGroup") throw invalidParameter("FifoThroughputScope");
      return;
    case "ArchivePolicy":
      checkArchivePolicy(value);
      return;
    case "KmsMasterKeyId":
    case "DataProtectionPolicy":
      return;
    default:
      if (DELIVERY_STATUS_ATTRIBUTES.has(name)) return;
      throw invalidParameter("AttributeName");
  }
}

function checkArchivePolicy(value: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalidParameter("ArchivePolicy Reason: failed to parse JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw invalidParameter("ArchivePolicy Reason: must be a JSON object");
  }
  if (Object.keys(parsed).length === 0) return;
  const days = (parsed as Record<string, unknown>).MessageRetentionPeriod;
  const number = Number(days);
  if (!Number.isInteger(number) || number < 1 || number > 365) {
    throw invalidParameter("ArchivePolicy Reason: MessageRetentionPeriod must be between 1 and 365 days");
  }
}

/** Everything GetTopicAttributes answers for a topic. */
export function topicAttributes(
  topic: Topic,
  counts: { confirmed: number; pending: number },
): Record<string, string> {
  const set = topic.attributes;
  const out: Record<string, string> = {
    Policy: set.Policy ?? defaultTopicPolicy(topic.arn, topic.accountId),
    Owner: topic.accountId,
    SubscriptionsPending: String(counts.pending),
    TopicArn: topic.arn,
    EffectiveDeliveryPolicy: effectiveTopicDeliveryPolicy(set.DeliveryPolicy),
    SubscriptionsConfirmed: String(counts.confirmed),
    DisplayName: set.DisplayName ?? "",
    SubscriptionsDeleted: String(topic.subscriptionsDeleted),
  };
  if (topic.fifo) {
    out.FifoTopic = "true";
    out.ContentBasedDeduplication = set.ContentBasedDeduplication ?? "false";
    out.FifoThroughputScope = set.FifoThroughputScope ?? "Topic";
  }
  for (const [name, value] of Object.entries(set)) if (!(name in out) || name === "Policy") out[name] = value;
  return out;
}
