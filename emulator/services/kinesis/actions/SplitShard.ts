import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { openShard, split } from "../resharding.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  ShardToSplit: string;
  NewStartingHashKey: string;
}

export const SplitShard = kinesisAction<Input>(operations.SplitShard, (model, input, ctx) => {
  const stream = model.findActive(streamRef(input, ctx));
  const shard = openShard(stream, input.ShardToSplit);
  const at = BigInt(input.NewStartingHashKey);
  if (at <= shard.range.start || at > shard.range.end)
    throw KinesisErrors.invalidArgument(
      `NewStartingHashKey ${input.NewStartingHashKey} used in SplitShard() on shard ${input.ShardToSplit} in stream ${stream.name} under account ${stream.accountId} is not both greater than one plus the shard's StartingHashKey ${shard.range.start} and less than the shard's EndingHashKey ${shard.range.end}.`,
    );
  model.checkShardLimit(stream, 1);
  model.update(stream, () => split(model, stream, shard, at));
  return {};
});
