import type { SqsInterface, SqsPeekedMessage } from "../core/interfaces.js";

/** Where failed work lands: a DLQ of queues or subscriptions, or a mapping's on-failure destination. */
export interface FailureQueueView {
  readonly arn: string;
  readonly name: string;
  /** The queues, subscriptions or mappings that send their failures here. */
  readonly sources: readonly string[];
  readonly visible: number;
  readonly inFlight: number;
  /** Newest first. */
  readonly newest: readonly FailureSummary[];
}

export interface FailureSummary {
  readonly messageId: string;
  /** Epoch milliseconds. */
  readonly sentAt: number;
  readonly receiveCount: number;
  /** One line saying what failed. */
  readonly summary: string;
}

/** How many of each failure queue's newest messages the dashboard summarises. */
const NEWEST = 3;
const SUMMARY_LENGTH = 160;

/**
 * Each failure queue's depth and newest messages, read with SQS's peek so looking changes nothing. `sources`
 * maps a failure queue's ARN to what sends failures there; queues that do not exist (any more) are left out.
 */
export function failureViews(
  sqs: SqsInterface | undefined,
  sources: ReadonlyMap<string, readonly string[]>,
): FailureQueueView[] {
  if (sqs === undefined) return [];
  return [...sources].flatMap(([arn, from]) => {
    const peeked = sqs.peek(arn, NEWEST);
    if (peeked === undefined) return [];
    return [
      {
        arn,
        name: arn.slice(arn.lastIndexOf(":") + 1),
        sources: from,
        visible: peeked.visible,
        inFlight: peeked.inFlight,
        newest: peeked.messages.map(summarise),
      },
    ];
  });
}

function summarise(message: SqsPeekedMessage): FailureSummary {
  return {
    messageId: message.messageId,
    sentAt: message.sentAt,
    receiveCount: message.receiveCount,
    summary: oneLine(describe(message.body)),
  };
}

interface FailureRecord {
  requestContext?: { condition?: string; functionArn?: string };
  responseContext?: { functionError?: string };
  KinesisBatchInfo?: { shardId?: string; startSequenceNumber?: string; batchSize?: number };
  Type?: string;
  Message?: string;
}

/**
 * Lambda's on-failure record says why and which records (AWS's invocation record format); an SNS envelope's
 * Message is what was published; anything else is shown as sent.
 */
function describe(body: string): string {
  let parsed: FailureRecord;
  try {
    parsed = JSON.parse(body) as FailureRecord;
  } catch {
    return body;
  }
  if (typeof parsed !== "object" || parsed === null) return body;
  const batch = parsed.KinesisBatchInfo;
  if (parsed.requestContext?.condition !== undefined && batch !== undefined) {
    const error = parsed.responseContext?.functionError;
    return `${parsed.requestContext.condition}${error ? ` (${error})` : ""}: ${batch.batchSize ?? "?"} records of ${batch.shardId ?? "?"} from ${batch.startSequenceNumber ?? "?"}`;
  }
  if (parsed.Type === "Notification" && typeof parsed.Message === "string") return parsed.Message;
  return body;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SUMMARY_LENGTH ? `${flat.slice(0, SUMMARY_LENGTH - 1)}…` : flat;
}
