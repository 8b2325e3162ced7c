import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { scaleUniformly } from "../resharding.js";
import { streamRef } from "../streamRef.js";
import { openShards } from "../streams.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  TargetShardCount: number;
  ScalingType: "UNIFORM_SCALING";
}

export const UpdateShardCount = kinesisAction<Input>(operations.UpdateShardCount, (model, input, ctx) => {
  const stream = model.findActive(streamRef(input, ctx));
  if (stream.mode !== "PROVISIONED")
    throw KinesisErrors.validation(
      `UpdateShardCount is only supported for PROVISIONED streams; stream ${stream.name} is ON_DEMAND.`,
    );
  const current = openShards(stream).length;
  const target = input.TargetShardCount;
  if (target > current * 2 || target * 2 < current)
    throw KinesisErrors.limitExceeded(
      `UpdateShardCount from ${current} to ${target} shards for stream ${stream.name} under account ${stream.accountId} is outside the allowed range: scale to at most double and at least half the current shard count per call.`,
    );
  model.checkShardLimit(stream, Math.max(0, target - current));
  if (target !== current) model.update(stream, () => scaleUniformly(model, stream, target));
  return {
    StreamName: stream.name,
    StreamARN: stream.arn,
    CurrentShardCount: current,
    TargetShardCount: target,
  };
});
