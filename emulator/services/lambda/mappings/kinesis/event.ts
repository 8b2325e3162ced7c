import type { KinesisStreamRecord } from "../../../../core/interfaces.js";

/** Where the records come from, as every record of the event names it. */
export interface EventSource {
  readonly streamArn: string;
  readonly region: string;
  readonly shardId: string;
  /** The function's execution role: the event's `invokeIdentityArn`. */
  readonly roleArn: string;
}

/** The tumbling-window members of a `KinesisTimeWindowEvent`. */
export interface WindowFields {
  readonly start: number;
  readonly end: number;
  readonly state: Readonly<Record<string, unknown>>;
  readonly isFinalInvokeForWindow: boolean;
  readonly isWindowTerminatedEarly: boolean;
}

/** One record as Lambda sends it (`KinesisStreamRecord` of the event). */
export function eventRecord(source: EventSource, record: KinesisStreamRecord): object {
  return {
    kinesis: {
      kinesisSchemaVersion: "1.0",
      partitionKey: record.partitionKey,
      sequenceNumber: record.sequenceNumber,
      data: record.data.toString("base64"),
      approximateArrivalTimestamp: record.approximateArrivalTimestamp / 1000,
    },
    eventSource: "aws:kinesis",
    eventVersion: "1.0",
    eventID: `${source.shardId}:${record.sequenceNumber}`,
    eventName: "aws:kinesis:record",
    invokeIdentityArn: source.roleArn,
    awsRegion: source.region,
    eventSourceARN: source.streamArn,
  };
}

/** The event document of one invocation: `{"Records": [...]}`, plus the window's members under a tumbling window. */
export function eventDocument(
  source: EventSource,
  records: readonly KinesisStreamRecord[],
  window?: WindowFields,
): Buffer {
  const event: Record<string, unknown> = { Records: records.map((record) => eventRecord(source, record)) };
  if (window !== undefined) {
    event.window = { start: windowTime(window.start), end: windowTime(window.end) };
    event.state = window.state;
    event.shardId = source.shardId;
    event.eventSourceARN = source.streamArn;
    event.isFinalInvokeForWindow = window.isFinalInvokeForWindow;
    event.isWindowTerminatedEarly = window.isWindowTerminatedEarly;
  }
  return Buffer.from(JSON.stringify(event));
}

/** `2020-12-09T07:04:00Z`: the window bounds as AWS writes them, to the second. */
function windowTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The size a record adds to the event document (base64 data, key, sequence number and the fixed members), so
 * a batch stays under the 6 MB invocation payload limit.
 */
export function eventRecordBytes(source: EventSource, record: KinesisStreamRecord): number {
  return (
    Math.ceil(record.data.length / 3) * 4 +
    Buffer.byteLength(record.partitionKey) +
    2 * record.sequenceNumber.length +
    2 * source.streamArn.length +
    source.roleArn.length +
    source.shardId.length +
    RECORD_OVERHEAD_BYTES
  );
}

/** The member names, punctuation and constant values of one record in the document. */
const RECORD_OVERHEAD_BYTES = 330;
