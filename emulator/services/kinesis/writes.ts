import { KinesisErrors } from "./errors.js";
import { hashKeyHex, MAX_HASH_KEY, partitionKeyHashHex, type HashRange } from "./hashing.js";
import type { KinesisModel } from "./model.js";
import { formatSequence, shardIdOf } from "./sequence.js";
import { openShards, type ShardState, type StreamState } from "./streams.js";

/** PutRecords' limits as the current API reference gives them. */
export const MAX_RECORDS_PER_PUT = 500;
export const MAX_PUT_RECORDS_BYTES = 10 * 1024 * 1024;

export interface RecordToPut {
  readonly data: Buffer;
  readonly partitionKey: string;
  readonly explicitHashKey?: string;
}

export interface PutResult {
  readonly shardId: string;
  readonly sequenceNumber: string;
}

/** Bytes a record counts for against the size limits: its data plus its partition key. */
export function recordSize(record: RecordToPut): number {
  return record.data.byteLength + Buffer.byteLength(record.partitionKey, "utf8");
}

/** Checks what AWS checks before writing anything: the hash key's range and the stream's record size limit. */
export function checkRecord(stream: StreamState, record: RecordToPut): void {
  if (record.explicitHashKey !== undefined && BigInt(record.explicitHashKey) > MAX_HASH_KEY)
    throw KinesisErrors.invalidArgument(
      `Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${record.explicitHashKey}`,
    );
  const limit = stream.maxRecordSizeKiB * 1024;
  if (recordSize(record) > limit)
    throw KinesisErrors.validation(
      `Record size ${recordSize(record)} bytes exceeds the maximum record size of ${stream.maxRecordSizeKiB} KiB of stream ${stream.name}: send smaller records or raise the stream's MaxRecordSizeInKiB.`,
    );
}

/** Shard ranges as hex (see `hashKeyHex`), made once per range: ranges never change, resharding makes new ones. */
const hexRanges = new WeakMap<HashRange, { readonly start: string; readonly end: string }>();

function hexRange(range: HashRange): { readonly start: string; readonly end: string } {
  let hex = hexRanges.get(range);
  if (hex === undefined) {
    hex = { start: hashKeyHex(range.start), end: hashKeyHex(range.end) };
    hexRanges.set(range, hex);
  }
  return hex;
}

/**
 * The open shard whose hash key range holds the record's hash key. A call routing many records passes the
 * stream's open shards, found once.
 */
export function shardFor(
  stream: StreamState,
  record: RecordToPut,
  open: readonly ShardState[] = openShards(stream),
): ShardState {
  const key =
    record.explicitHashKey !== undefined
      ? hashKeyHex(BigInt(record.explicitHashKey))
      : partitionKeyHashHex(record.partitionKey);
  const shard = open.find((candidate) => {
    const range = hexRange(candidate.range);
    return range.start <= key && key <= range.end;
  });
  // Open shards always cover the whole key space; this only guards a broken invariant.
  if (shard === undefined) throw new Error(`no open shard of ${stream.name} holds hash key 0x${key}`);
  return shard;
}

/** Appends one checked record to its shard (inside the caller's transaction). */
export function appendRecord(
  model: KinesisModel,
  stream: StreamState,
  shard: ShardState,
  record: RecordToPut,
): PutResult {
  const { counter, arrival } = model.nextRecordStamp();
  model.records.append({
    streamId: stream.id,
    shardIndex: shard.index,
    counter,
    arrival,
    partitionKey: record.partitionKey,
    data: record.data,
  });
  model.signals.changed(stream.arn, shard.index);
  return { shardId: shardIdOf(shard.index), sequenceNumber: formatSequence(shard.index, counter) };
}
