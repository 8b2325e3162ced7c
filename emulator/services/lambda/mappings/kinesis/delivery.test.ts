import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import type { MappingInvokeResult } from "../poller.js";
import { PollerFixture, ROLE_ARN, settle, succeed } from "./testHost.js";

const fixtures: PollerFixture[] = [];
afterEach(async () => {
  for (const fixture of fixtures.splice(0)) await fixture.close();
});

async function fixture(shards = 1): Promise<PollerFixture> {
  const created = await PollerFixture.create({ shards });
  fixtures.push(created);
  return created;
}

describe("Kinesis poller: delivery", () => {
  it("sends a shard's records in sequence order in AWS's event document", async () => {
    const f = await fixture();
    await f.start();
    const [first] = await f.put("a", "b", "c");
    expect(f.host.batches()).toEqual([["a", "b", "c"]]);
    const record = (f.host.events[0].document.Records as Record<string, unknown>[])[0];
    const arrival = (record.kinesis as { approximateArrivalTimestamp: number }).approximateArrivalTimestamp;
    expect(record).toEqual({
      kinesis: {
        kinesisSchemaVersion: "1.0",
        partitionKey: "a",
        sequenceNumber: first,
        data: Buffer.from("d-a").toString("base64"),
        approximateArrivalTimestamp: arrival,
      },
      eventSource: "aws:kinesis",
      eventVersion: "1.0",
      eventID: `shardId-000000000000:${first}`,
      eventName: "aws:kinesis:record",
      invokeIdentityArn: ROLE_ARN,
      awsRegion: "us-east-1",
      eventSourceARN: f.streamArn,
    });
    expect(arrival).toBe(f.clock.now() / 1000);
    expect(Object.keys(f.host.events[0].document)).toEqual(["Records"]);
  });

  it("wakes on new records without any time passing and reports OK after each batch", async () => {
    const f = await fixture();
    await f.start();
    expect(f.host.events).toHaveLength(0);
    await f.put("a");
    await f.put("b");
    expect(f.host.batches()).toEqual([["a"], ["b"]]);
    expect(f.host.results).toEqual(["OK", "OK"]);
  });

  it("leaves no abort listener behind on its stop signal after each invocation", async () => {
    const f = await fixture();
    await f.start({ BatchSize: 1 });
    await f.put(...Array.from({ length: 20 }, (_, i) => `k${i}`));
    expect(f.host.events).toHaveLength(20);
    expect(getEventListeners(f.host.lastSignal as AbortSignal, "abort")).toHaveLength(0);
  });

  it("cuts batches of at most BatchSize records, in order", async () => {
    const f = await fixture();
    await f.put("1", "2", "3", "4", "5");
    await f.start({ BatchSize: 2 });
    expect(f.host.batches()).toEqual([["1", "2"], ["3", "4"], ["5"]]);
  });

  it("waits for MaximumBatchingWindowInSeconds before sending a batch that is not full", async () => {
    const f = await fixture();
    await f.start({ BatchSize: 3, MaximumBatchingWindowInSeconds: 2 });
    await f.put("a");
    await f.advance(1_000);
    await f.put("b");
    expect(f.host.events).toHaveLength(0);
    await f.advance(1_000);
    expect(f.host.batches()).toEqual([["a", "b"]]);
  });

  it("sends a full batch at once, whatever the batching window", async () => {
    const f = await fixture();
    await f.start({ BatchSize: 2, MaximumBatchingWindowInSeconds: 60 });
    await f.put("a", "b", "c");
    expect(f.host.batches()).toEqual([["a", "b"]]);
    await f.advance(60_000);
    expect(f.host.batches()).toEqual([["a", "b"], ["c"]]);
  });

  it("TRIM_HORIZON starts at the oldest record, LATEST after the records present at the start", async () => {
    const f = await fixture();
    await f.put("old");
    await f.start({ StartingPosition: "LATEST" });
    await f.put("new");
    expect(f.host.batches()).toEqual([["new"]]);
    const other = await fixture();
    await other.put("old");
    await other.start({ StartingPosition: "TRIM_HORIZON" });
    expect(other.host.batches()).toEqual([["old"]]);
  });

  it("AT_TIMESTAMP starts at the first record that arrived at or after the timestamp", async () => {
    const f = await fixture();
    await f.put("before");
    await f.advance(5_000);
    const at = f.clock.now();
    await f.put("after");
    await f.start({ StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: at / 1000 });
    expect(f.host.batches()).toEqual([["after"]]);
  });

  it("LATEST is resolved once: records put while the poller is stopped are read when it starts again", async () => {
    const f = await fixture();
    const poller = await f.start({ StartingPosition: "LATEST" });
    await poller.stop();
    await f.put("while-stopped");
    await f.start({ StartingPosition: "LATEST" });
    expect(f.host.batches()).toEqual([["while-stopped"]]);
  });

  it("sends only records whose JSON data matches a filter pattern, and checkpoints past the others", async () => {
    const f = await fixture();
    await f.start({
      FilterCriteria: {
        Filters: [
          { Pattern: JSON.stringify({ data: { kind: ["order"] } }) },
          { Pattern: JSON.stringify({ data: { amount: [{ numeric: [">", 100] }] } }) },
        ],
      },
    });
    await f.put(
      ["1", JSON.stringify({ kind: "order" })],
      ["2", JSON.stringify({ kind: "refund", amount: 5 })],
      ["3", "not json"],
      ["4", JSON.stringify({ kind: "refund", amount: 500 })],
      ["5", JSON.stringify({ kind: "refund" })],
    );
    expect(f.host.batches()).toEqual([["1", "4"]]);
    await f.put(["6", JSON.stringify({ kind: "refund" })]);
    expect(f.host.events).toHaveLength(1);
  });

  it("records AWS/Lambda IteratorAge of each batch in milliseconds", async () => {
    const f = await fixture();
    await f.start({ MaximumBatchingWindowInSeconds: 3 });
    await f.put("a");
    await f.advance(3_000);
    const ages = f.metrics.filter((datum) => datum.name === "IteratorAge");
    expect(ages).toEqual([
      expect.objectContaining({
        namespace: "AWS/Lambda",
        unit: "Milliseconds",
        value: 3_000,
        dimensions: { FunctionName: "consumer" },
      }),
    ]);
  });

  it("runs ParallelizationFactor batches of one shard at once, keeping each partition key in order", async () => {
    const f = await fixture();
    const pending: (() => void)[] = [];
    f.host.respond = () =>
      new Promise<MappingInvokeResult>((resolve) => pending.push(() => resolve(succeed())));
    await f.start({ ParallelizationFactor: 4, BatchSize: 3 });
    const keys = ["k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7"];
    const puts = Array.from({ length: 5 }, (_, round) =>
      keys.map((key) => [key, `${key}-${round}`] as const),
    );
    await f.put(...puts.flat());
    expect(pending.length).toBeGreaterThan(1);
    while (pending.length > 0) {
      for (const resolve of pending.splice(0)) resolve();
      await settle(f.clock);
    }
    const seen = new Map<string, string[]>();
    for (const event of f.host.events) {
      for (const record of event.records)
        seen.set(record.key, [...(seen.get(record.key) ?? []), record.data]);
    }
    for (const key of keys) expect(seen.get(key)).toEqual([0, 1, 2, 3, 4].map((round) => `${key}-${round}`));
  });

  it("reads a split shard to its end before its children", async () => {
    const f = await fixture();
    await f.start({ BatchSize: 1 });
    let release: (() => void) | undefined;
    f.host.respond = (_event, call) =>
      call === 1 ? new Promise((resolve) => (release = () => resolve(succeed()))) : succeed();
    await f.put("p1", "p2");
    await f.kit.call("SplitShard", {
      StreamName: "s",
      ShardToSplit: "shardId-000000000000",
      NewStartingHashKey: "170141183460469231731687303715884105728",
    });
    await settle(f.clock);
    await f.put("c1", "c2", "c3");
    expect(f.host.batches()).toEqual([["p1"]]);
    release?.();
    await settle(f.clock);
    const order = f.host.batches().flat();
    expect(order.slice(0, 2)).toEqual(["p1", "p2"]);
    expect(order.slice(2).sort()).toEqual(["c1", "c2", "c3"]);
    const shards = f.host.events.map(
      (event) => String((event.document.Records as { eventID: string }[])[0].eventID).split(":")[0],
    );
    expect(shards.slice(2).every((shard) => shard !== "shardId-000000000000")).toBe(true);
  });

  it("LATEST on a resharded stream skips the records of closed parents and of their children alike", async () => {
    const f = await fixture();
    await f.put("p");
    await f.kit.call("SplitShard", {
      StreamName: "s",
      ShardToSplit: "shardId-000000000000",
      NewStartingHashKey: "170141183460469231731687303715884105728",
    });
    await f.advance(1_000);
    await f.put("c-old");
    await f.start({ StartingPosition: "LATEST" });
    await f.put("c-new");
    expect(f.host.batches()).toEqual([["c-new"]]);
  });

  it("reports a PROBLEM when the stream does not exist", async () => {
    const f = await fixture();
    await f.kit.call("DeleteStream", { StreamName: "s" });
    await f.advance(1_000);
    await f.start();
    expect(f.host.results.at(-1)).toMatch(/^PROBLEM: Stream arn:aws:kinesis:.* does not exist/);
  });
});
