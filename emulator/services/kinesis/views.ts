import { epochSeconds } from "./action.js";
import type { StoredRecord } from "./records.js";
import { formatSequence, shardIdOf } from "./sequence.js";
import { openShards, type ShardState, type StreamState } from "./streams.js";

/** A shard as DescribeStream and ListShards show it. */
export function shardView(shard: ShardState): Record<string, unknown> {
  const view: Record<string, unknown> = { ShardId: shardIdOf(shard.index) };
  if (shard.parent !== undefined) view.ParentShardId = shardIdOf(shard.parent);
  if (shard.adjacentParent !== undefined) view.AdjacentParentShardId = shardIdOf(shard.adjacentParent);
  view.HashKeyRange = {
    StartingHashKey: shard.range.start.toString(),
    EndingHashKey: shard.range.end.toString(),
  };
  const range: Record<string, string> = {
    StartingSequenceNumber: formatSequence(shard.index, shard.startingCounter),
  };
  if (shard.endingCounter !== undefined)
    range.EndingSequenceNumber = formatSequence(shard.index, shard.endingCounter);
  view.SequenceNumberRange = range;
  return view;
}

export function enhancedMonitoringView(stream: StreamState): Record<string, unknown>[] {
  return [{ ShardLevelMetrics: [...stream.shardLevelMetrics] }];
}

/** The members DescribeStream and DescribeStreamSummary share. */
export function streamBasics(stream: StreamState): Record<string, unknown> {
  const view: Record<string, unknown> = {
    StreamName: stream.name,
    StreamARN: stream.arn,
    StreamStatus: stream.status,
    StreamModeDetails: { StreamMode: stream.mode },
    RetentionPeriodHours: stream.retentionHours,
    StreamCreationTimestamp: epochSeconds(stream.createdAt),
    EnhancedMonitoring: enhancedMonitoringView(stream),
    EncryptionType: stream.encryptionType,
  };
  if (stream.keyId !== undefined) view.KeyId = stream.keyId;
  return view;
}

export function streamSummaryView(stream: StreamState): Record<string, unknown> {
  return {
    ...streamBasics(stream),
    OpenShardCount: openShards(stream).length,
    ConsumerCount: stream.consumers.length,
    MaxRecordSizeInKiB: stream.maxRecordSizeKiB,
  };
}

export function childShardView(child: ShardState): Record<string, unknown> {
  const parents = [child.parent, child.adjacentParent].filter((p): p is number => p !== undefined);
  return {
    ShardId: shardIdOf(child.index),
    ParentShards: parents.map(shardIdOf),
    HashKeyRange: {
      StartingHashKey: child.range.start.toString(),
      EndingHashKey: child.range.end.toString(),
    },
  };
}

/** A shard by index, or undefined (also when it expired). */
export function shardOf(stream: StreamState, index: number): ShardState | undefined {
  return stream.shards.find((shard) => shard.index === index);
}

/** A record as GetRecords and SubscribeToShard events carry it. */
export function recordView(
  stream: StreamState,
  shardIndex: number,
  record: StoredRecord,
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    SequenceNumber: formatSequence(shardIndex, record.counter),
    ApproximateArrivalTimestamp: epochSeconds(record.arrival),
    Data: record.data.toString("base64"),
    PartitionKey: record.partitionKey,
  };
  if (stream.encryptionType === "KMS") view.EncryptionType = "KMS";
  return view;
}
