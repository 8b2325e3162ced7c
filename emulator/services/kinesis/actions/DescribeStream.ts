import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { shardIndexOf } from "../sequence.js";
import { streamRef } from "../streamRef.js";
import { shardView, streamBasics } from "../views.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  Limit?: number;
  ExclusiveStartShardId?: string;
}

const DEFAULT_LIMIT = 100;

export const DescribeStream = kinesisAction<Input>(operations.DescribeStream, (model, input, ctx) => {
  const stream = model.find(streamRef(input, ctx));
  let shards = stream.shards;
  if (input.ExclusiveStartShardId !== undefined) {
    const after = shardIndexOf(input.ExclusiveStartShardId);
    if (after === undefined)
      throw KinesisErrors.invalidArgument(
        `ExclusiveStartShardId ${input.ExclusiveStartShardId} is no shard id: give one such as shardId-000000000000.`,
      );
    shards = shards.filter((shard) => shard.index > after);
  }
  const limit = input.Limit ?? DEFAULT_LIMIT;
  const page = shards.slice(0, limit);
  return {
    StreamDescription: {
      ...streamBasics(stream),
      Shards: page.map(shardView),
      HasMoreShards: shards.length > page.length,
    },
  };
});
