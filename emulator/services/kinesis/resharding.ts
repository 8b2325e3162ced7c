import { KinesisErrors } from "./errors.js";
import { evenRanges } from "./hashing.js";
import type { KinesisModel } from "./model.js";
import { shardIdOf, shardIndexOf } from "./sequence.js";
import { openShards, type ShardState, type StreamState } from "./streams.js";

/** An open shard of the stream by id: ResourceNotFoundException when there is none, InvalidArgument when closed. */
export function openShard(stream: StreamState, shardId: string): ShardState {
  const index = shardIndexOf(shardId);
  const shard = stream.shards.find((candidate) => candidate.index === index);
  if (shard === undefined)
    throw KinesisErrors.resourceNotFound(
      `Could not find shard ${shardId} in stream ${stream.name} under account ${stream.accountId}.`,
    );
  if (shard.endingCounter !== undefined)
    throw KinesisErrors.invalidArgument(
      `Shard ${shardId} in stream ${stream.name} under account ${stream.accountId} has already been merged or split, and thus is not eligible for merging or splitting.`,
    );
  return shard;
}

/** Splits `shard` at `at` (the first hash key of the upper child): two children with the shard as parent. */
export function split(model: KinesisModel, stream: StreamState, shard: ShardState, at: bigint): ShardState[] {
  return model.replaceShards(
    stream,
    [shard],
    [
      { range: { start: shard.range.start, end: at - 1n }, parent: shard.index },
      { range: { start: at, end: shard.range.end }, parent: shard.index },
    ],
  );
}

/** Merges two adjacent shards into one child whose parent is `shard` and adjacent parent `adjacent`. */
export function merge(
  model: KinesisModel,
  stream: StreamState,
  shard: ShardState,
  adjacent: ShardState,
): ShardState {
  const [low, high] = shard.range.start < adjacent.range.start ? [shard, adjacent] : [adjacent, shard];
  if (low.range.end + 1n !== high.range.start)
    throw KinesisErrors.invalidArgument(
      `Shards ${shardIdOf(shard.index)} and ${shardIdOf(adjacent.index)} in stream ${stream.name} under account ${stream.accountId} are not an adjacent pair of shards eligible for merging`,
    );
  const [child] = model.replaceShards(
    stream,
    [shard, adjacent],
    [
      {
        range: { start: low.range.start, end: high.range.end },
        parent: shard.index,
        adjacentParent: adjacent.index,
      },
    ],
  );
  return child;
}

/**
 * UNIFORM_SCALING as AWS performs it, through splits and merges (so every child names at most two parents
 * and readers that finish parents before children keep each key's order): every open shard is split at the
 * target boundaries inside it, then the pieces of each target range are merged pairwise. The short-lived
 * shards this makes are closed at once and empty, as AWS's documentation warns.
 */
export function scaleUniformly(model: KinesisModel, stream: StreamState, target: number): void {
  const targets = evenRanges(target);
  const boundaries = new Set(targets.slice(1).map((range) => range.start));
  const pieces: ShardState[] = [];
  for (const shard of openShards(stream).sort((a, b) => (a.range.start < b.range.start ? -1 : 1))) {
    let rest = shard;
    for (const boundary of [...boundaries].sort((a, b) => (a < b ? -1 : 1))) {
      if (boundary <= rest.range.start || boundary > rest.range.end) continue;
      const [low, high] = split(model, stream, rest, boundary);
      pieces.push(low);
      rest = high;
    }
    pieces.push(rest);
  }
  for (const range of targets) {
    const inside = pieces.filter((piece) => piece.range.start >= range.start && piece.range.end <= range.end);
    let merged = inside[0];
    for (const next of inside.slice(1)) merged = merge(model, stream, merged, next);
  }
}
