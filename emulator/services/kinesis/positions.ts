import { timestampMs } from "./action.js";
import { KinesisErrors } from "./errors.js";
import type { KinesisModel } from "./model.js";
import { parseSequence, shardIdOf } from "./sequence.js";
import type { ShardState, StreamState } from "./streams.js";

export type PositionType =
  "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER" | "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";

/** Where a read starts, as GetShardIterator and SubscribeToShard's StartingPosition both give it. */
export interface StartingPosition {
  readonly type: PositionType;
  readonly sequenceNumber?: string;
  readonly timestamp?: number | string | Date;
}

/** The counter the first read from `position` starts at. */
export function startingCounter(
  model: KinesisModel,
  stream: StreamState,
  shard: ShardState,
  position: StartingPosition,
): number {
  const end = shard.endingCounter === undefined ? model.peekCounter() : shard.endingCounter + 1;
  switch (position.type) {
    case "TRIM_HORIZON":
      return shard.startingCounter;
    case "LATEST":
      return end;
    case "AT_SEQUENCE_NUMBER":
    case "AFTER_SEQUENCE_NUMBER": {
      const counter = sequenceCounter(stream, shard, position);
      return position.type === "AT_SEQUENCE_NUMBER" ? counter : counter + 1;
    }
    case "AT_TIMESTAMP": {
      if (position.timestamp === undefined)
        throw KinesisErrors.invalidArgument(
          "Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.",
        );
      const time = timestampMs(position.timestamp);
      if (time > model.now())
        throw KinesisErrors.invalidArgument(
          `The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${time}, currentTimestampInMillis: ${model.now()}`,
        );
      return model.records.firstAtOrAfter(stream.id, shard.index, time) ?? end;
    }
  }
}

function sequenceCounter(stream: StreamState, shard: ShardState, position: StartingPosition): number {
  const sequence = position.sequenceNumber;
  if (sequence === undefined)
    throw KinesisErrors.invalidArgument(
      `You must specify a starting sequence number with type ${position.type}.`,
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
