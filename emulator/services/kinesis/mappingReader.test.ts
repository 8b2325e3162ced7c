import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import type {
  KinesisInterface,
  KinesisReadResult,
  KinesisShardPosition,
  KinesisStartingPosition,
} from "../../core/interfaces.js";
import type { MetricDatum } from "../../core/metrics.js";
import { KinesisKit } from "./testKit.js";

const HOUR_MS = 3_600_000;
const SHARD = "shardId-000000000000";
const data = (text: string): string => Buffer.from(text).toString("base64");

const dirs: string[] = [];
const kits: KinesisKit[] = [];

afterEach(async () => {
  for (const kit of kits.splice(0)) await kit.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Setup {
  readonly clock: ManualClock;
  readonly kit: KinesisKit;
  readonly api: KinesisInterface;
  readonly arn: string;
  /** Puts records with these partition keys (and data `d-<key>`) in one PutRecords; returns their sequence numbers. */
  readonly put: (...keys: string[]) => Promise<string[]>;
}

async function setup(
  dataDir: string | undefined,
  options: { throughputLimits?: boolean } = {},
): Promise<Setup> {
  const clock = new ManualClock();
  const kit = await KinesisKit.start(clock, options, dataDir);
  kits.push(kit);
  await kit.call("CreateStream", { StreamName: "s", ShardCount: 1 });
  clock.advance(10);
  const summary = await kit.call("DescribeStreamSummary", { StreamName: "s" });
  const arn = (summary.StreamDescriptionSummary as { StreamARN: string }).StreamARN;
  const api = kit.service.api as KinesisInterface;
  return {
    clock,
    kit,
    api,
    arn,
    put: async (...keys) => {
      const output = await kit.call("PutRecords", {
        StreamName: "s",
        Records: keys.map((key) => ({ PartitionKey: key, Data: data(`d-${key}`) })),
      });
      return (output.Records as { SequenceNumber: string }[]).map((record) => record.SequenceNumber);
    },
  };
}

function position(
  api: KinesisInterface,
  arn: string,
  start: KinesisStartingPosition,
  shardId = SHARD,
): KinesisShardPosition {
  const result = api.position(arn, shardId, start);
  if (!result.ok) throw new Error(`position failed: ${result.detail}`);
  return result.position;
}

function readOk(result: KinesisReadResult): Extract<KinesisReadResult, { ok: true }> {
  if (!result.ok) throw new Error(`read failed: ${result.reason}: ${result.detail}`);
  return result;
}

const keysOf = (result: KinesisReadResult): string[] =>
  readOk(result).records.map((record) => record.partitionKey);

describe.each([
  ["in memory", false],
  ["with a data dir", true],
])("Kinesis mapping reader %s", (_label, withDataDir) => {
  const start = (options: { throughputLimits?: boolean } = {}): Promise<Setup> => {
    let dir: string | undefined;
    if (withDataDir) {
      dir = mkdtempSync(join(tmpdir(), "eda-kinesis-reader-"));
      dirs.push(dir);
    }
    return setup(dir, options);
  };

  it("reads from TRIM_HORIZON in sequence order and continues from the returned position", async () => {
    const { api, arn, put } = await start();
    await put("a", "b", "c", "d", "e");
    const first = readOk(api.read(arn, SHARD, position(api, arn, { type: "TRIM_HORIZON" }), 2, 1 << 20));
    expect(first.records.map((r) => r.partitionKey)).toEqual(["a", "b"]);
    const second = readOk(api.read(arn, SHARD, first.next, 2, 1 << 20));
    expect(second.records.map((r) => r.partitionKey)).toEqual(["c", "d"]);
    const third = readOk(api.read(arn, SHARD, second.next, 2, 1 << 20));
    expect(third.records.map((r) => r.partitionKey)).toEqual(["e"]);
    const caughtUp = readOk(api.read(arn, SHARD, third.next, 2, 1 << 20));
    expect(caughtUp.records).toEqual([]);
    expect(caughtUp.next).toEqual(third.next);
  });

  it("returns each record's sequence number, key, data bytes, arrival time and encryption type", async () => {
    const { api, arn, put, clock } = await start();
    const [sequence] = await put("k");
    const [record] = readOk(
      api.read(arn, SHARD, position(api, arn, { type: "TRIM_HORIZON" }), 10, 1 << 20),
    ).records;
    expect(record).toEqual({
      sequenceNumber: sequence,
      partitionKey: "k",
      data: Buffer.from("d-k"),
      approximateArrivalTimestamp: clock.now(),
      encryptionType: "NONE",
    });
  });

  it("reports how far behind the tip a read stopped by its limit is, and 0 once caught up", async () => {
    const { api, arn, put, clock } = await start();
    await put("old");
    clock.advance(5000);
    await put("new");
    const first = readOk(api.read(arn, SHARD, position(api, arn, { type: "TRIM_HORIZON" }), 1, 1 << 20));
    expect(first.millisBehindLatest).toBe(5000);
    expect(readOk(api.read(arn, SHARD, first.next, 1, 1 << 20)).millisBehindLatest).toBe(0);
  });

  it("stops a read once the byte budget is reached", async () => {
    const { api, arn, put } = await start();
    await put("a", "b", "c");
    // Each record is 4 bytes (key "a" + data "d-a").
    expect(keysOf(api.read(arn, SHARD, position(api, arn, { type: "TRIM_HORIZON" }), 10, 8))).toEqual([
      "a",
      "b",
    ]);
  });

  it("resolves LATEST once: records put after the resolution are read however late the read comes", async () => {
    const { api, arn, put } = await start();
    await put("before");
    const latest = position(api, arn, { type: "LATEST" });
    await put("after1");
    await put("after2");
    expect(keysOf(api.read(arn, SHARD, latest, 10, 1 << 20))).toEqual(["after1", "after2"]);
  });

  it("starts AT_TIMESTAMP at the first record that arrived at or after the time", async () => {
    const { api, arn, put, clock } = await start();
    await put("early");
    const middle = clock.now() + 500;
    clock.advance(1000);
    await put("late");
    expect(
      keysOf(
        api.read(arn, SHARD, position(api, arn, { type: "AT_TIMESTAMP", timestamp: middle }), 10, 1 << 20),
      ),
    ).toEqual(["late"]);
  });

  it("starts AT_SEQUENCE_NUMBER at that record and AFTER_SEQUENCE_NUMBER just after it", async () => {
    const { api, arn, put } = await start();
    const [, second] = await put("a", "b", "c");
    const at = position(api, arn, { type: "AT_SEQUENCE_NUMBER", sequenceNumber: second });
    const afterIt = position(api, arn, { type: "AFTER_SEQUENCE_NUMBER", sequenceNumber: second });
    expect(keysOf(api.read(arn, SHARD, at, 10, 1 << 20))).toEqual(["b", "c"]);
    expect(keysOf(api.read(arn, SHARD, afterIt, 10, 1 << 20))).toEqual(["c"]);
  });

  it("refuses a sequence number of another shard as InvalidArgument", async () => {
    const { api, arn, put, kit } = await start();
    await kit.call("SplitShard", { StreamName: "s", ShardToSplit: SHARD, NewStartingHashKey: "2" });
    const [sequence] = await put("k");
    expect(api.position(arn, SHARD, { type: "AT_SEQUENCE_NUMBER", sequenceNumber: sequence })).toMatchObject({
      ok: false,
      reason: "InvalidArgument",
    });
  });

  it("reads outside GetRecords' throughput limit and records no GetRecords metrics", async () => {
    const { api, arn, put, kit } = await start({ throughputLimits: true });
    await put("k");
    const recorded: MetricDatum[] = [];
    kit.metrics.listen((datum) => recorded.push(datum));
    const from = position(api, arn, { type: "TRIM_HORIZON" });
    // GetRecords allows five calls per second per shard; these reads are Lambda's own.
    for (let i = 0; i < 10; i++) expect(keysOf(api.read(arn, SHARD, from, 10, 1 << 20))).toEqual(["k"]);
    expect(recorded).toEqual([]);
    const iterator = await kit.call("GetShardIterator", {
      StreamName: "s",
      ShardId: SHARD,
      ShardIteratorType: "TRIM_HORIZON",
    });
    await kit.call("GetRecords", { ShardIterator: iterator.ShardIterator });
    expect(recorded.map((datum) => datum.name)).toContain("GetRecords.Success");
  });

  it("wakes a watcher once per changed shard after a PutRecords commits, not before", async () => {
    const { api, arn, kit } = await start();
    const woken: string[] = [];
    api.watch(arn, (shardId) => woken.push(shardId));
    const putRecords = kit.service.definition.actions.get("PutRecords");
    if (putRecords === undefined) throw new Error("no PutRecords action");
    const output = putRecords.handle(
      { StreamName: "s", Records: ["a", "b", "c"].map((key) => ({ PartitionKey: key, Data: data(key) })) },
      kit.context(),
    );
    // The action has run; its commit (the group commit, or the end of the action in memory) has not yet.
    expect(woken).toEqual([]);
    await output;
    await (kit.store.committed() ?? Promise.resolve());
    expect(woken).toEqual([SHARD]);
  });

  it("stops waking a watcher once it unsubscribed", async () => {
    const { api, arn, put } = await start();
    const woken: string[] = [];
    const unsubscribe = api.watch(arn, (shardId) => woken.push(shardId));
    unsubscribe();
    await put("k");
    expect(woken).toEqual([]);
  });

  it("wakes a watcher for the parent and both children when a shard is split", async () => {
    const { api, arn, kit } = await start();
    const woken: string[] = [];
    api.watch(arn, (shardId) => woken.push(shardId));
    await kit.call("SplitShard", { StreamName: "s", ShardToSplit: SHARD, NewStartingHashKey: "2" });
    expect(woken.sort()).toEqual([SHARD, "shardId-000000000001", "shardId-000000000002"]);
  });

  it("wakes a watcher for both parents and the child when two shards are merged", async () => {
    const { api, arn, kit, clock } = await start();
    await kit.call("SplitShard", { StreamName: "s", ShardToSplit: SHARD, NewStartingHashKey: "2" });
    clock.advance(10);
    const woken: string[] = [];
    api.watch(arn, (shardId) => woken.push(shardId));
    await kit.call("MergeShards", {
      StreamName: "s",
      ShardToMerge: "shardId-000000000001",
      AdjacentShardToMerge: "shardId-000000000002",
    });
    expect(woken.sort()).toEqual(["shardId-000000000001", "shardId-000000000002", "shardId-000000000003"]);
  });

  it("lists a split shard as closed and its children with it as parent", async () => {
    const { api, arn, kit } = await start();
    await kit.call("SplitShard", { StreamName: "s", ShardToSplit: SHARD, NewStartingHashKey: "2" });
    expect(api.shards(arn)).toEqual([
      { shardId: SHARD, closed: true },
      { shardId: "shardId-000000000001", parentShardId: SHARD, closed: false },
      { shardId: "shardId-000000000002", parentShardId: SHARD, closed: false },
    ]);
  });

  it("gives a closed shard's children only once its records are drained", async () => {
    const { api, arn, put, kit } = await start();
    await put("a", "b");
    await kit.call("SplitShard", { StreamName: "s", ShardToSplit: SHARD, NewStartingHashKey: "2" });
    const first = readOk(api.read(arn, SHARD, position(api, arn, { type: "TRIM_HORIZON" }), 1, 1 << 20));
    expect(first.childShardIds).toBeUndefined();
    const last = readOk(api.read(arn, SHARD, first.next, 10, 1 << 20));
    expect(last.records.map((r) => r.partitionKey)).toEqual(["b"]);
    expect(last.childShardIds).toEqual(["shardId-000000000001", "shardId-000000000002"]);
  });

  it("reports a position whose next records expired as Trimmed, resuming at the oldest record kept", async () => {
    const { api, arn, put, clock } = await start();
    await put("expires");
    const checkpoint = position(api, arn, { type: "TRIM_HORIZON" });
    clock.advance(12 * HOUR_MS);
    await put("kept");
    clock.advance(12 * HOUR_MS + 1);
    const result = api.read(arn, SHARD, checkpoint, 10, 1 << 20);
    if (result.ok || result.reason !== "Trimmed")
      throw new Error(`expected Trimmed, got ${JSON.stringify(result)}`);
    expect(keysOf(api.read(arn, SHARD, result.resumeAt, 10, 1 << 20))).toEqual(["kept"]);
    expect(position(api, arn, { type: "TRIM_HORIZON" })).toEqual(result.resumeAt);
  });

  it("starts AT_TIMESTAMP older than the retention period at the oldest record kept, not as Trimmed", async () => {
    const { api, arn, put, clock } = await start();
    const longAgo = clock.now();
    await put("expired");
    clock.advance(24 * HOUR_MS + 1);
    await put("kept");
    const from = position(api, arn, { type: "AT_TIMESTAMP", timestamp: longAgo });
    expect(keysOf(api.read(arn, SHARD, from, 10, 1 << 20))).toEqual(["kept"]);
  });

  it("answers StreamNotFound once the stream is deleted, and lists no shards", async () => {
    const { api, arn, put, kit, clock } = await start();
    await put("k");
    const from = position(api, arn, { type: "TRIM_HORIZON" });
    await kit.call("DeleteStream", { StreamName: "s" });
    const woken: string[] = [];
    api.watch(arn, (shardId) => woken.push(shardId));
    clock.advance(10);
    await (kit.store.committed() ?? Promise.resolve());
    // Pollers are woken by the deletion, so they find the stream gone at once.
    expect(woken).toEqual([SHARD]);
    expect(api.shards(arn)).toBeUndefined();
    expect(api.read(arn, SHARD, from, 10, 1 << 20)).toMatchObject({ ok: false, reason: "StreamNotFound" });
    expect(api.position(arn, SHARD, { type: "LATEST" })).toMatchObject({
      ok: false,
      reason: "StreamNotFound",
    });
  });

  it("answers ShardNotFound for a shard the stream does not have", async () => {
    const { api, arn } = await start();
    expect(api.position(arn, "shardId-000000000009", { type: "LATEST" })).toMatchObject({
      ok: false,
      reason: "ShardNotFound",
    });
  });
});

describe("Kinesis mapping reader's watchers with a data dir", () => {
  it("wake only once the group commit holding the records is durable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eda-kinesis-reader-"));
    dirs.push(dir);
    const { api, arn, kit } = await setup(dir);
    const woken: string[] = [];
    api.watch(arn, (shardId) => woken.push(shardId));
    const putRecord = kit.service.definition.actions.get("PutRecord");
    if (putRecord === undefined) throw new Error("no PutRecord action");
    await putRecord.handle({ StreamName: "s", PartitionKey: "k", Data: data("k") }, kit.context());
    // The action's microtasks have run; the group commit waits for the event loop's check phase.
    const commit = kit.store.committed();
    expect(commit).toBeDefined();
    expect(woken).toEqual([]);
    await commit;
    expect(woken).toEqual([SHARD]);
  });
});
