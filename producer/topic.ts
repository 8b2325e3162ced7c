import { PublishBatchCommand, type PublishBatchRequestEntry, type SNSClient } from "@aws-sdk/client-sns";
import type { ProducerEvent } from "./config.js";
import { outcomesById, type SendBatch } from "./delivery.js";
import { isRetryableEntryError } from "./retry.js";

/** PublishBatch's limits: ten entries, 256 KiB of messages and attributes in all. */
export const PUBLISH_BATCH_LIMITS = { maxEntries: 10, maxBytes: 256 * 1024 } as const;

export interface TopicReceipt {
  readonly messageId: string;
  /** FIFO topics. */
  readonly sequenceNumber?: string;
}

/**
 * The SNS message of an event: the event as JSON, with `type`, `source` and `subject` as String message
 * attributes so subscriptions can filter on them (the stack's filter policies read `type`). FIFO topics group
 * by the partition key and deduplicate by the event id.
 */
export function topicEntry(
  event: ProducerEvent,
  index: number,
  fifo: boolean,
  groupId: string,
): PublishBatchRequestEntry {
  // Only the attributes the event has: a malformed event sent on purpose may lack any of them.
  const attributes: NonNullable<PublishBatchRequestEntry["MessageAttributes"]> = {};
  for (const name of ["type", "source", "subject"] as const) {
    const value = event[name];
    if (typeof value === "string" && value.length > 0)
      attributes[name] = { DataType: "String", StringValue: value };
  }
  return {
    Id: String(index),
    Message: JSON.stringify(event),
    MessageAttributes: attributes,
    ...(fifo ? { MessageGroupId: groupId, MessageDeduplicationId: event.id } : {}),
  };
}

/** The bytes SNS counts against its limits: the message, and each attribute's name, type and value. */
export function topicEntrySize(entry: PublishBatchRequestEntry): number {
  let size = Buffer.byteLength(entry.Message ?? "");
  for (const [name, value] of Object.entries(entry.MessageAttributes ?? {}))
    size +=
      Buffer.byteLength(name) +
      Buffer.byteLength(value.DataType ?? "") +
      Buffer.byteLength(value.StringValue ?? "");
  return size;
}

/** One PublishBatch call, its `Successful` and `Failed` lists matched back to the entries by Id. */
export function publishBatch(
  client: SNSClient,
  topicArn: string,
): SendBatch<PublishBatchRequestEntry, TopicReceipt> {
  return async (entries) => {
    const reply = await client.send(
      new PublishBatchCommand({
        TopicArn: topicArn,
        PublishBatchRequestEntries: entries.map((entry, i) => ({ ...entry, Id: String(i) })),
      }),
    );
    return outcomesById(
      entries.length,
      reply,
      (ok) => ({
        messageId: ok.MessageId ?? "",
        ...(ok.SequenceNumber ? { sequenceNumber: ok.SequenceNumber } : {}),
      }),
      isRetryableEntryError,
    );
  };
}
