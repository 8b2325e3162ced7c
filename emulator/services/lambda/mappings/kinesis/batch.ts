import { hash } from "node:crypto";
import type {
  KinesisInterface,
  KinesisReadFailure,
  KinesisShardPosition,
  KinesisStreamRecord,
  KinesisTrimmed,
} from "../../../../core/interfaces.js";
import { eventRecordBytes, type EventSource } from "./event.js";
import type { RecordFilter } from "./filter.js";

/** Lambda's limit on a synchronous invocation's payload, which a batch's event document must fit. */
export const MAX_BATCH_BYTES = 6 * 1024 * 1024;
/** GetRecords' largest page: reads for a slot or through filtered records go on in pages this big. */
const READ_PAGE = 10_000;

/** Which records one poller takes from its shard and how many. */
export interface BatchRequest {
  readonly source: EventSource;
  readonly from: KinesisShardPosition;
  readonly batchSize: number;
  readonly slot: number;
  readonly slots: number;
  readonly filter: RecordFilter;
  /** Under a tumbling window: the window a record falls in; a batch never spans two. */
  readonly windowOf?: (record: KinesisStreamRecord) => number;
}

export type BatchRead =
  | {
      readonly ok: true;
      /** The records to send, in sequence order. */
      readonly records: KinesisStreamRecord[];
      /** Where the slot is once these records are done (past filtered records and other slots' records too). */
      readonly through: KinesisShardPosition;
      /** No more records fit (size, bytes or the window's end): invoke now, whatever the batching window. */
      readonly full: boolean;
      /** The shard is closed and read to its end: these children replace it. */
      readonly childShardIds?: readonly string[];
    }
  | KinesisReadFailure
  | KinesisTrimmed;

/** The slot (ParallelizationFactor lane) of a partition key: records of one key always share one, in order. */
export function slotOf(partitionKey: string, slots: number): number {
  if (slots === 1) return 0;
  return Number.parseInt(hash("md5", partitionKey, "hex").slice(0, 8), 16) % slots;
}

/**
 * Reads the next batch of a slot: up to BatchSize records of its partition keys that pass the filter, within
 * 6 MB of event document, stopping at a tumbling window's end.
 */
export function readBatch(api: KinesisInterface, request: BatchRequest): BatchRead {
  const { source, batchSize, slots } = request;
  const records: KinesisStreamRecord[] = [];
  let bytes = 0;
  let through = request.from;
  let window: number | undefined;
  const direct = slots === 1;
  for (;;) {
    const limit = direct ? batchSize - records.length : READ_PAGE;
    const read = api.read(source.streamArn, source.shardId, through, limit, MAX_BATCH_BYTES);
    if (!read.ok) {
      if (records.length > 0 || through !== request.from) return { ok: true, records, through, full: true };
      return read;
    }
    for (const record of read.records) {
      if (slots > 1 && slotOf(record.partitionKey, slots) !== request.slot) {
        through = { afterSequenceNumber: record.sequenceNumber };
        continue;
      }
      if (!request.filter(record)) {
        through = { afterSequenceNumber: record.sequenceNumber };
        continue;
      }
      const recordWindow = request.windowOf?.(record);
      window ??= recordWindow;
      const size = eventRecordBytes(source, record);
      if (recordWindow !== window || bytes + size > MAX_BATCH_BYTES) {
        return { ok: true, records, through, full: true };
      }
      records.push(record);
      bytes += size;
      through = { afterSequenceNumber: record.sequenceNumber };
      if (records.length >= batchSize) return { ok: true, records, through, full: true };
    }
    // Fewer records than asked for: the read reached the shard's tip, and another read would find nothing.
    const caughtUp = read.records.length === 0 || read.records.length < limit;
    if (caughtUp || read.childShardIds !== undefined) {
      return read.childShardIds === undefined
        ? { ok: true, records, through, full: false }
        : { ok: true, records, through, full: true, childShardIds: read.childShardIds };
    }
    through = read.next;
  }
}
