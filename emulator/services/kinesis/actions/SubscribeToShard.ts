import { eventStreamOutput } from "../../../core/service.js";
import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { findConsumer } from "../consumers.js";
import { KinesisErrors } from "../errors.js";
import { startingCounter, type PositionType } from "../positions.js";
import { shardIndexOf } from "../sequence.js";
import { subscriptionEvents } from "../subscription.js";
import { shardOf } from "../views.js";

interface Input {
  ConsumerARN: string;
  ShardId: string;
  StartingPosition: { Type: PositionType; SequenceNumber?: string; Timestamp?: number | string };
}

/** Checks everything AWS answers with an HTTP error before the event stream starts; the rest comes as events. */
export const SubscribeToShard = kinesisAction<Input>(operations.SubscribeToShard, (model, input, ctx) => {
  const { stream, consumer } = findConsumer(model, input);
  if (consumer.status !== "ACTIVE")
    throw KinesisErrors.resourceInUse(
      `Consumer ${consumer.arn} is not ACTIVE, instead in state ${consumer.status}.`,
    );
  const index = shardIndexOf(input.ShardId);
  const shard = index === undefined ? undefined : shardOf(stream, index);
  if (shard === undefined)
    throw KinesisErrors.resourceNotFound(
      `Shard ${input.ShardId} in stream ${stream.name} under account ${stream.accountId} does not exist`,
    );
  const key = `${consumer.arn}|${shard.index}`;
  if (model.subscriptions.has(key))
    throw KinesisErrors.resourceInUse(
      `Another active subscription exists for consumer ${consumer.arn} on shard ${input.ShardId}: wait for it to end.`,
    );
  const fromCounter = startingCounter(model, stream, shard, {
    type: input.StartingPosition.Type,
    sequenceNumber: input.StartingPosition.SequenceNumber,
    timestamp: input.StartingPosition.Timestamp,
  });
  model.subscriptions.add(key);
  // Also released if the client leaves before the first event is read.
  ctx.signal.addEventListener("abort", () => model.subscriptions.delete(key), { once: true });
  return eventStreamOutput({}, subscriptionEvents(model, { stream, shard, fromCounter, key }, ctx.signal));
});
