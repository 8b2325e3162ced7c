import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { encodeIterator } from "../iterators.js";
import { startingCounter, type PositionType } from "../positions.js";
import { shardIndexOf } from "../sequence.js";
import { streamRef } from "../streamRef.js";
import { shardOf } from "../views.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  ShardId: string;
  ShardIteratorType: PositionType;
  StartingSequenceNumber?: string;
  Timestamp?: number | string;
}

export const GetShardIterator = kinesisAction<Input>(operations.GetShardIterator, (model, input, ctx) => {
  const stream = model.findReadable(streamRef(input, ctx));
  const index = shardIndexOf(input.ShardId);
  const shard = index === undefined ? undefined : shardOf(stream, index);
  if (shard === undefined)
    throw KinesisErrors.resourceNotFound(
      `Shard ${input.ShardId} in stream ${stream.name} under account ${stream.accountId} does not exist`,
    );
  return {
    ShardIterator: encodeIterator({
      accountId: stream.accountId,
      region: stream.region,
      streamName: stream.name,
      streamId: stream.id,
      shardIndex: shard.index,
      fromCounter: startingCounter(model, stream, shard, {
        type: input.ShardIteratorType,
        sequenceNumber: input.StartingSequenceNumber,
        timestamp: input.Timestamp,
      }),
      issuedAt: model.now(),
    }),
  };
});
