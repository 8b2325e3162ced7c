import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { merge, openShard } from "../resharding.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  ShardToMerge: string;
  AdjacentShardToMerge: string;
}

export const MergeShards = kinesisAction<Input>(operations.MergeShards, (model, input, ctx) => {
  const stream = model.findActive(streamRef(input, ctx));
  const shard = openShard(stream, input.ShardToMerge);
  const adjacent = openShard(stream, input.AdjacentShardToMerge);
  model.update(stream, () => merge(model, stream, shard, adjacent));
  return {};
});
