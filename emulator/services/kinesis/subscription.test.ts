import { describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { eventStreamOf, type StreamMessage } from "../../core/service.js";
import { KinesisKit } from "./testKit.js";

const STREAM_ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/s";

async function subscribedKit(): Promise<{ kit: KinesisKit; clock: ManualClock; consumerArn: string }> {
  const clock = new ManualClock();
  const kit = await KinesisKit.start(clock);
  await kit.call("CreateStream", { StreamName: "s", ShardCount: 1 });
  clock.advance(10);
  const { Consumer } = await kit.call("RegisterStreamConsumer", { StreamARN: STREAM_ARN, ConsumerName: "c" });
  clock.advance(10);
  return { kit, clock, consumerArn: (Consumer as { ConsumerARN: string }).ConsumerARN };
}

function subscribe(kit: KinesisKit, consumerArn: string): Promise<AsyncIterator<StreamMessage>> {
  return kit
    .call("SubscribeToShard", {
      ConsumerARN: consumerArn,
      ShardId: "shardId-000000000000",
      StartingPosition: { Type: "TRIM_HORIZON" },
    })
    .then((output) => {
      const events = eventStreamOf(output);
      if (events === undefined) throw new Error("SubscribeToShard answered no event stream");
      return events[Symbol.asyncIterator]();
    });
}

describe("SubscribeToShard", () => {
  it("refuses a second subscription of the same consumer to the same shard", async () => {
    const { kit, consumerArn } = await subscribedKit();
    const first = await subscribe(kit, consumerArn);
    await first.next();
    await expect(subscribe(kit, consumerArn)).rejects.toMatchObject({ code: "ResourceInUseException" });
  });

  it("ends after five minutes, and the consumer may subscribe again", async () => {
    const { kit, clock, consumerArn } = await subscribedKit();
    const events = await subscribe(kit, consumerArn);
    expect((await events.next()).done).toBe(false);
    const next = events.next();
    clock.advance(5 * 60 * 1000);
    // Heartbeats fall due on the way; the stream then ends at its five-minute mark.
    let result = await next;
    while (!result.done) {
      clock.advance(1000);
      result = await events.next();
    }
    expect(result.done).toBe(true);
    const again = await subscribe(kit, consumerArn);
    expect((await again.next()).done).toBe(false);
  });
});
