import type { SqsMessageAttribute, SqsReceivedMessage } from "../../../../core/interfaces.js";

/** A message attribute as Lambda's SQS events carry it (the list members are reserved by SQS and always empty). */
export interface SqsEventMessageAttribute {
  readonly stringValue?: string;
  readonly binaryValue?: string;
  readonly stringListValues: readonly string[];
  readonly binaryListValues: readonly string[];
  readonly dataType: string;
}

/** One record of the event Lambda's SQS poller sends a function. */
export interface SqsEventRecord {
  readonly messageId: string;
  readonly receiptHandle: string;
  readonly body: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly messageAttributes: Readonly<Record<string, SqsEventMessageAttribute>>;
  readonly md5OfBody: string;
  readonly md5OfMessageAttributes?: string;
  readonly eventSource: "aws:sqs";
  readonly eventSourceARN: string;
  readonly awsRegion: string;
}

/** The system attributes an event carries, in AWS's order; FIFO queues add their sequence and ids. */
const EVENT_ATTRIBUTES = [
  "ApproximateReceiveCount",
  "AWSTraceHeader",
  "SentTimestamp",
  "SequenceNumber",
  "MessageGroupId",
  "SenderId",
  "MessageDeduplicationId",
  "ApproximateFirstReceiveTimestamp",
  "DeadLetterQueueSourceArn",
] as const;

/** A received message as its record in the event, as AWS documents it. */
export function eventRecord(message: SqsReceivedMessage, queueArn: string): SqsEventRecord {
  const attributes: Record<string, string> = {};
  for (const name of EVENT_ATTRIBUTES) {
    const value = message.attributes[name];
    if (value !== undefined) attributes[name] = value;
  }
  return {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes,
    messageAttributes: Object.fromEntries(
      Object.entries(message.messageAttributes).map(([name, value]) => [name, eventAttribute(value)]),
    ),
    md5OfBody: message.md5OfBody,
    ...(message.md5OfMessageAttributes === undefined
      ? {}
      : { md5OfMessageAttributes: message.md5OfMessageAttributes }),
    eventSource: "aws:sqs",
    eventSourceARN: queueArn,
    awsRegion: queueArn.split(":")[3] ?? "",
  };
}

function eventAttribute(value: SqsMessageAttribute): SqsEventMessageAttribute {
  return {
    ...(value.StringValue === undefined ? {} : { stringValue: value.StringValue }),
    ...(value.BinaryValue === undefined ? {} : { binaryValue: value.BinaryValue }),
    stringListValues: [],
    binaryListValues: [],
    dataType: value.DataType,
  };
}

/** The event document for a batch: `{"Records":[…]}`. */
export function eventDocument(records: readonly SqsEventRecord[]): Buffer {
  return Buffer.from(JSON.stringify({ Records: records }));
}
