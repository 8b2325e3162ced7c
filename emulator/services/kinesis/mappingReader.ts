import { AwsError } from "../../core/errors.js";
import type {
  KinesisInterface,
  KinesisReadFailure,
  KinesisShardInfo,
  KinesisShardPosition,
  KinesisStartingPosition,
  KinesisStreamRecord,
} from "../../core/interfaces.js";
import type { KinesisModel } from "./model.js";
import { startingCounter, type StartingPosition } from "./positions.js";
import { formatSequence, parseSequence, shardIdOf, shardIndexOf } from "./sequence.js";
import { refFromArn } from "./streamRef.js";
import type { ShardState, StreamState } from "./streams.js";
import { shardOf } from "./views.js";

/**
 * Kinesis as Lambda's event source mappings read it: the model's own positions and record reads, without the
 * GetRecords action around them, so these reads take no share of a shard's read throughput and record no
 * GetRecords metrics (AWS bills and measures a mapping's reads as Lambda's, not the stream's consumers').
 */
export function kinesisMappingReader(model: KinesisModel): KinesisInterface {
  return {
    shards(streamArn) {
      const stream = readableStream(model, streamArn);
      return stream?.shards.map(shardInfo).sort((a, b) => (a.shardId < b.shardId ? -1 : 1));
    },

    position(streamArn, shardId, start) {
      const found = locate(model, streamArn, shardId);
      if (!found.ok) return found;
      const { stream, shard } = found;
      if (start.type === "TRIM_HORIZON") return { ok: true, position: trimHorizon(model, stream, shard) };
      let counter: number;
      try {
        counter = startingCounter(model, stream, shard, modelPosition(start));
      } catch (error) {
        if (error instanceof AwsError) return { ok: false, reason: "InvalidArgument", detail: error.message };
        throw error;
      }
      const position = after(shard, counter - 1);
      // A time before the trim horizon means "the oldest record still kept", as TRIM_HORIZON does.
      if (start.type === "AT_TIMESTAMP" && expiredFrom(model, stream, shard, counter))
        return { ok: true, position: trimHorizon(model, stream, shard) };
      return { ok: true, position };
    },

    read(streamArn, shardId, position, limit, maxBytes) {
      const found = locate(model, streamArn, shardId);
      if (!found.ok) return found;
      const { stream, shard } = found;
      const parsed = parseSequence(position.afterSequenceNumber);
      if (parsed === undefined || parsed.shardIndex !== shard.index)
        return {
          ok: false,
          reason: "InvalidArgument",
          detail: `Position ${position.afterSequenceNumber} is not a position in ${shardId} of ${streamArn}; resolve the starting position for this shard again.`,
        };
      const from = parsed.counter + 1;
      if (expiredFrom(model, stream, shard, from))
        return {
          ok: false,
          reason: "Trimmed",
          detail: `Records after ${position.afterSequenceNumber} in ${shardId} of ${streamArn} expired after the stream's retention period of ${stream.retentionHours} hours; resume at the trim horizon.`,
          resumeAt: trimHorizon(model, stream, shard),
        };
      const now = model.now();
      const stored = model.records.read(
        stream.id,
        shard.index,
        from,
        model.trimHorizon(stream),
        limit,
        maxBytes,
      );
      const last = stored.at(-1);
      const next = last === undefined ? from : last.counter + 1;
      const more = model.records.hasFrom(stream.id, shard.index, next);
      const records: KinesisStreamRecord[] = stored.map((record) => ({
        sequenceNumber: formatSequence(shard.index, record.counter),
        partitionKey: record.partitionKey,
        data: record.data,
        approximateArrivalTimestamp: record.arrival,
        encryptionType: stream.encryptionType,
      }));
      const drained = shard.endingCounter !== undefined && !more;
      return {
        ok: true,
        records,
        next: after(shard, next - 1),
        // As GetRecords reports it: the age of the last record returned while more wait, else caught up.
        millisBehindLatest: more && last !== undefined ? Math.max(0, now - last.arrival) : 0,
        ...(drained ? { childShardIds: (shard.children ?? []).map(shardIdOf) } : {}),
      };
    },

    watch(streamArn, listener) {
      return model.signals.watch(streamArn, listener);
    },
  };
}

/** A stream that takes reads (ACTIVE or UPDATING), as GetRecords finds it; undefined for anything else. */
function readableStream(model: KinesisModel, streamArn: string): StreamState | undefined {
  let stream: StreamState | undefined;
  try {
    stream = model.peek(refFromArn(streamArn));
  } catch (error) {
    if (error instanceof AwsError) return undefined;
    throw error;
  }
  return stream?.status === "ACTIVE" || stream?.status === "UPDATING" ? stream : undefined;
}

function locate(
  model: KinesisModel,
  streamArn: string,
  shardId: string,
): { ok: true; stream: StreamState; shard: ShardState } | KinesisReadFailure {
  const stream = readableStream(model, streamArn);
  if (stream === undefined)
    return {
      ok: false,
      reason: "StreamNotFound",
      detail: `Stream ${streamArn} does not exist or is not ACTIVE.`,
    };
  const index = shardIndexOf(shardId);
  const shard = index === undefined ? undefined : shardOf(stream, index);
  if (shard === undefined)
    return {
      ok: false,
      reason: "ShardNotFound",
      detail: `Shard ${shardId} of ${streamArn} does not exist or expired; list the stream's shards again.`,
    };
  return { ok: true, stream, shard };
}

function shardInfo(shard: ShardState): KinesisShardInfo {
  return {
    shardId: shardIdOf(shard.index),
    ...(shard.parent !== undefined ? { parentShardId: shardIdOf(shard.parent) } : {}),
    ...(shard.adjacentParent !== undefined ? { adjacentParentShardId: shardIdOf(shard.adjacentParent) } : {}),
    closed: shard.endingCounter !== undefined,
  };
}

function modelPosition(start: KinesisStartingPosition): StartingPosition {
  if (start.type === "AT_TIMESTAMP") return { type: start.type, timestamp: new Date(start.timestamp) };
  if ("sequenceNumber" in start) return { type: start.type, sequenceNumber: start.sequenceNumber };
  return { type: start.type };
}

function after(shard: ShardState, counter: number): KinesisShardPosition {
  return { afterSequenceNumber: formatSequence(shard.index, counter) };
}

/**
 * Whether the next record stored at or after `counter` is past retention (kept until the minute's trim
 * drops it, but no longer readable): the reader would skip it unknowingly. Once the trim has dropped such
 * records they cannot be told from the numbering gaps other shards' writes leave, and the read simply goes on
 * from the oldest record kept — what resuming at the trim horizon does.
 */
function expiredFrom(model: KinesisModel, stream: StreamState, shard: ShardState, counter: number): boolean {
  const [next] = model.records.read(stream.id, shard.index, counter, 0, 1, Number.MAX_SAFE_INTEGER);
  return next !== undefined && next.arrival < model.trimHorizon(stream);
}

/** Just before the oldest record still readable; at the shard's end when none is. */
function trimHorizon(model: KinesisModel, stream: StreamState, shard: ShardState): KinesisShardPosition {
  const [oldest] = model.records.read(
    stream.id,
    shard.index,
    shard.startingCounter,
    model.trimHorizon(stream),
    1,
    Number.MAX_SAFE_INTEGER,
  );
  if (oldest !== undefined) return after(shard, oldest.counter - 1);
  const end = shard.endingCounter === undefined ? model.peekCounter() : shard.endingCounter + 1;
  return after(shard, end - 1);
}
