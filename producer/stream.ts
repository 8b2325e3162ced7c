import { PutRecordsCommand, type KinesisClient, type PutRecordsRequestEntry } from "@aws-sdk/client-kinesis";
import type { ProducerEvent } from "./config.js";
import type { SendBatch } from "./delivery.js";
import { isRetryableEntryError } from "./retry.js";

/** PutRecords' limits as the Kinesis API reference gives them: 500 records, 10 MiB with partition keys. */
export const PUT_RECORDS_LIMITS = { maxEntries: 500, maxBytes: 10 * 1024 * 1024 } as const;

export interface StreamReceipt {
  readonly shardId: string;
  readonly sequenceNumber: string;
}

/** The stream record of an event: the event as JSON, keyed by its partition key. */
export function streamEntry(event: ProducerEvent, partitionKey: string): PutRecordsRequestEntry {
  return { Data: Buffer.from(JSON.stringify(event)), PartitionKey: partitionKey };
}

/** The bytes Kinesis counts: the data blob and the partition key. */
export function streamEntrySize(entry: PutRecordsRequestEntry): number {
  return (entry.Data?.byteLength ?? 0) + Buffer.byteLength(entry.PartitionKey ?? "");
}

/** Codes of records that failed on Kinesis's side rather than for what they were. */
const SERVICE_SIDE_CODES = new Set(["InternalFailure"]);

/** One PutRecords call; its records come back in the order they were sent. */
export function putRecords(
  client: KinesisClient,
  streamName: string,
): SendBatch<PutRecordsRequestEntry, StreamReceipt> {
  return async (entries) => {
    const reply = await client.send(new PutRecordsCommand({ StreamName: streamName, Records: [...entries] }));
    return entries.map((_, i) => {
      const record = reply.Records?.[i];
      if (record?.ErrorCode)
        return {
          ok: false,
          code: record.ErrorCode,
          message: record.ErrorMessage ?? "",
          retryable: isRetryableEntryError(record.ErrorCode, !SERVICE_SIDE_CODES.has(record.ErrorCode)),
        };
      if (record?.ShardId && record.SequenceNumber)
        return { ok: true, receipt: { shardId: record.ShardId, sequenceNumber: record.SequenceNumber } };
      return {
        ok: false,
        code: "MissingFromReply",
        message: "PutRecords answered neither success nor failure for this record.",
        retryable: true,
      };
    });
  };
}
