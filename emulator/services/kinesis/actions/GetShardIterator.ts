import { operations } from "../../../generated/kinesis.js";
import { kinesisAction, timestampMs } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { encodeIterator } from "../iterators.js";
import type { KinesisModel } from "../model.js";
import { parseSequence, shardIdOf, shardIndexOf } from "../sequence.js";
import { streamRef } from "../streamRef.js";
import type { ShardState, StreamState } from "../streams.js";
import { shardOf } from "../views.js";

type IteratorType =
  "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER" | "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  ShardId: string;
  ShardIteratorType: IteratorType;
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
      fromCounter: startingCounter(model, stream, shard, input),
      issuedAt: model.now(),
    }),
  };
});

/** The counter the iterator's first read starts from. */
function startingCounter(model: KinesisModel, stream: StreamState, shard: ShardState, input: Input): number {
  const end = shard.endingCounter === undefined ? model.peekCounter() : shard.endingCounter + 1;
  switch (input.ShardIteratorType) {
    case "TRIM_HORIZON":
      return shard.startingCounter;
    case "LATEST":
      return end;
    case "AT_SEQUENCE_NUMBER":
    case "AFTER_SEQUENCE_NUMBER": {
      const counter = sequenceCounter(stream, shard, input);
      return input.ShardIteratorType === "AT_SEQUENCE_NUMBER" ? counter : counter + 1;
    }
    case "AT_TIMESTAMP": {
      if (input.Timestamp === undefined)
        throw KinesisErrors.invalidArgument(
          "Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.",
        );
      const time = timestampMs(input.Timestamp);
      if (time > model.now())
        throw KinesisErrors.invalidArgument(
          `The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${time}, currentTimestampInMillis: ${model.now()}`,
        );
      return model.records.firstAtOrAfter(stream.id, shard.index, time) ?? end;
    }
  }
}

function sequenceCounter(stream: StreamState, shard: ShardState, input: Input): number {
  const sequence = input.StartingSequenceNumber;
  if (sequence === undefined)
    throw KinesisErrors.invalidArgument(
      `You must specify a starting sequence number with ShardIteratorType ${input.ShardIteratorType}.`,
    );
  const parsed = parseSequence(sequence);
  if (parsed === undefined)
    throw KinesisErrors.invalidArgument(
      `StartingSequenceNumber ${sequence} used in GetShardIterator on shard ${shardIdOf(shard.index)} in stream ${stream.name} under account ${stream.accountId} is invalid.`,
    );
  if (parsed.shardIndex !== shard.index)
    throw KinesisErrors.invalidArgument(
      `Invalid StartingSequenceNumber. It encodes ${shardIdOf(parsed.shardIndex)}, while it was used in a call to a shard with ${shardIdOf(shard.index)}`,
    );
  return parsed.counter;
}
