import type { ActionOutput } from "../../core/service.js";
import type { KinesisModel } from "./model.js";
import type { StreamState } from "./streams.js";

/** Every shard-level metric; `ALL` stands for these. */
export const SHARD_LEVEL_METRICS = [
  "IncomingBytes",
  "IncomingRecords",
  "OutgoingBytes",
  "OutgoingRecords",
  "WriteProvisionedThroughputExceeded",
  "ReadProvisionedThroughputExceeded",
  "IteratorAgeMilliseconds",
];

function expand(names: readonly string[]): string[] {
  return names.includes("ALL") ? [...SHARD_LEVEL_METRICS] : [...names];
}

/** Enables (or disables) shard-level metrics and answers with the before and after sets, as both actions do. */
export function changeMonitoring(
  model: KinesisModel,
  stream: StreamState,
  names: readonly string[],
  enable: boolean,
): ActionOutput {
  const current = [...stream.shardLevelMetrics];
  const named = new Set(expand(names));
  const desired = enable
    ? SHARD_LEVEL_METRICS.filter((name) => named.has(name) || current.includes(name))
    : current.filter((name) => !named.has(name));
  model.update(stream, () => {
    stream.shardLevelMetrics = desired;
  });
  return {
    StreamName: stream.name,
    StreamARN: stream.arn,
    CurrentShardLevelMetrics: current,
    DesiredShardLevelMetrics: desired,
  };
}
