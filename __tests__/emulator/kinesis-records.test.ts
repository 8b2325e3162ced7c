import { createHash } from "node:crypto";
import {
  CreateStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type KinesisClient,
  ListShardsCommand,
  MergeShardsCommand,
  PutRecordCommand,
  PutRecordsCommand,
  SplitShardCommand,
  UpdateShardCountCommand,
} from "@aws-sdk/client-kinesis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { drainShard, kinesisClient, waitForActive, type KinesisHandler } from "./support/kinesis.js";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  await emulator.stop();
});

const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString("utf8");
const bytes = (value: string): Uint8Array => Buffer.from(value, "utf8");

/** Which of three even shards AWS's documented ranges put a key's MD5 hash in. */
function documentedShardOf(partitionKey: string): string {
  const hash = BigInt(`0x${createHash("md5").update(partitionKey).digest("hex")}`);
  if (hash <= 113427455640312821154458202477256070484n) return "shardId-000000000000";
  if (hash <= 226854911280625642308916404954512140969n) return "shardId-000000000001";
  return "shardId-000000000002";
}

describe.each<KinesisHandler>(["http2", "http1"])("Kinesis records over the SDK (%s)", (handler) => {
  let client: KinesisClient;
  const name = (suffix: string): string => `${handler}-${suffix}`;

  beforeAll(async () => {
    client = kinesisClient(emulator.url, handler);
    await client.send(new CreateStreamCommand({ StreamName: name("data"), ShardCount: 3 }));
    await waitForActive(client, name("data"));
  });

  it("routes each partition key to the shard whose documented hash range holds its MD5", async () => {
    for (const key of ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]) {
      const put = await client.send(
        new PutRecordCommand({ StreamName: name("data"), PartitionKey: key, Data: bytes(key) }),
      );
      expect(put.ShardId).toBe(documentedShardOf(key));
      expect(put.SequenceNumber).toMatch(/^\d{56}$/);
    }
  });

  it("routes by ExplicitHashKey over the partition key", async () => {
    const put = await client.send(
      new PutRecordCommand({
        StreamName: name("data"),
        PartitionKey: "alpha",
        ExplicitHashKey: "340282366920938463463374607431768211455",
        Data: bytes("x"),
      }),
    );
    expect(put.ShardId).toBe("shardId-000000000002");
  });

  it("writes a PutRecords batch and reads it back in order with increasing sequence numbers", async () => {
    await client.send(new CreateStreamCommand({ StreamName: name("batch"), ShardCount: 1 }));
    await waitForActive(client, name("batch"));
    const records = Array.from({ length: 100 }, (_, i) => ({ PartitionKey: `k${i}`, Data: bytes(`r${i}`) }));
    const put = await client.send(new PutRecordsCommand({ StreamName: name("batch"), Records: records }));
    expect(put.FailedRecordCount).toBe(0);
    expect(put.Records).toHaveLength(100);
    const read = await drainShard(client, name("batch"), "shardId-000000000000");
    expect(read.map((record) => text(record.Data))).toEqual(records.map((_, i) => `r${i}`));
    const sequences = read.map((record) => BigInt(record.SequenceNumber ?? "0"));
    expect(sequences.every((value, i) => i === 0 || value > sequences[i - 1])).toBe(true);
    expect(read[0].ApproximateArrivalTimestamp).toBeInstanceOf(Date);
    expect(read[0].PartitionKey).toBe("k0");
  });

  it("pages GetRecords by Limit and reads AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER", async () => {
    const StreamName = name("batch");
    const ShardId = "shardId-000000000000";
    const start = await client.send(
      new GetShardIteratorCommand({ StreamName, ShardId, ShardIteratorType: "TRIM_HORIZON" }),
    );
    const page = await client.send(new GetRecordsCommand({ ShardIterator: start.ShardIterator, Limit: 3 }));
    expect(page.Records?.map((record) => text(record.Data))).toEqual(["r0", "r1", "r2"]);
    expect(page.MillisBehindLatest).toBeGreaterThanOrEqual(0);
    const third = page.Records?.[2].SequenceNumber;
    const at = await client.send(
      new GetShardIteratorCommand({
        StreamName,
        ShardId,
        ShardIteratorType: "AT_SEQUENCE_NUMBER",
        StartingSequenceNumber: third,
      }),
    );
    const fromAt = await client.send(new GetRecordsCommand({ ShardIterator: at.ShardIterator, Limit: 1 }));
    expect(text(fromAt.Records?.[0].Data)).toBe("r2");
    const after = await client.send(
      new GetShardIteratorCommand({
        StreamName,
        ShardId,
        ShardIteratorType: "AFTER_SEQUENCE_NUMBER",
        StartingSequenceNumber: third,
      }),
    );
    const fromAfter = await client.send(
      new GetRecordsCommand({ ShardIterator: after.ShardIterator, Limit: 1 }),
    );
    expect(text(fromAfter.Records?.[0].Data)).toBe("r3");
  });

  it("reads only what arrives after a LATEST iterator was taken", async () => {
    const StreamName = name("batch");
    const latest = await client.send(
      new GetShardIteratorCommand({
        StreamName,
        ShardId: "shardId-000000000000",
        ShardIteratorType: "LATEST",
      }),
    );
    await client.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: bytes("after-latest") }));
    const page = await client.send(new GetRecordsCommand({ ShardIterator: latest.ShardIterator }));
    expect(page.Records?.map((record) => text(record.Data))).toEqual(["after-latest"]);
    expect(page.NextShardIterator).toBeDefined();
  });

  it("refuses an iterator that is not one", async () => {
    await expect(
      client.send(new GetRecordsCommand({ ShardIterator: "bm90LWFuLWl0ZXJhdG9y" })),
    ).rejects.toMatchObject({
      name: "InvalidArgumentException",
    });
  });

  it("refuses more than 500 records in one PutRecords with a ValidationException", async () => {
    const records = Array.from({ length: 501 }, () => ({ PartitionKey: "k", Data: bytes("x") }));
    const error = await client
      .send(new PutRecordsCommand({ StreamName: name("data"), Records: records }))
      .catch((caught: unknown) => caught as Error);
    expect(error).toMatchObject({ name: "ValidationException" });
    expect((error as Error).message).toMatch(
      /^1 validation error detected: Value '.*' at 'records' failed to satisfy constraint: Member must have length less than or equal to 500$/,
    );
  });

  it("refuses a record over the stream's 1 MiB record size", async () => {
    await expect(
      client.send(
        new PutRecordCommand({
          StreamName: name("data"),
          PartitionKey: "k",
          Data: new Uint8Array(1024 * 1024),
        }),
      ),
    ).rejects.toMatchObject({ name: "ValidationException" });
  });

  it("takes a 10 MiB record on a stream created with MaxRecordSizeInKiB 10240", async () => {
    await client.send(
      new CreateStreamCommand({ StreamName: name("large"), ShardCount: 1, MaxRecordSizeInKiB: 10240 }),
    );
    await waitForActive(client, name("large"));
    const put = await client.send(
      new PutRecordCommand({
        StreamName: name("large"),
        PartitionKey: "k",
        Data: new Uint8Array(10 * 1024 * 1024 - 1),
      }),
    );
    expect(put.ShardId).toBe("shardId-000000000000");
  });

  it("reads a split shard's records before its children's, and ends the parent with ChildShards", async () => {
    const StreamName = name("split");
    await client.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
    await waitForActive(client, StreamName);
    await client.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: bytes("before") }));
    await client.send(
      new SplitShardCommand({
        StreamName,
        ShardToSplit: "shardId-000000000000",
        NewStartingHashKey: "170141183460469231731687303715884105728",
      }),
    );
    await waitForActive(client, StreamName);
    const put = await client.send(
      new PutRecordCommand({ StreamName, PartitionKey: "k", Data: bytes("after") }),
    );
    const parent = await client.send(
      new GetShardIteratorCommand({
        StreamName,
        ShardId: "shardId-000000000000",
        ShardIteratorType: "TRIM_HORIZON",
      }),
    );
    const page = await client.send(new GetRecordsCommand({ ShardIterator: parent.ShardIterator }));
    expect(page.Records?.map((record) => text(record.Data))).toEqual(["before"]);
    expect(page.NextShardIterator).toBeUndefined();
    expect(page.ChildShards?.map((child) => child.ShardId)).toEqual([
      "shardId-000000000001",
      "shardId-000000000002",
    ]);
    expect(page.ChildShards?.[0].ParentShards).toEqual(["shardId-000000000000"]);
    const child = await drainShard(client, StreamName, put.ShardId ?? "");
    expect(child.map((record) => text(record.Data))).toEqual(["after"]);
    const shards = await client.send(new ListShardsCommand({ StreamName }));
    expect(shards.Shards?.[0].SequenceNumberRange?.EndingSequenceNumber).toBeDefined();
    const open = await client.send(new ListShardsCommand({ StreamName, ShardFilter: { Type: "AT_LATEST" } }));
    expect(open.Shards?.map((shard) => shard.ShardId)).toEqual([
      "shardId-000000000001",
      "shardId-000000000002",
    ]);
  });

  it("merges adjacent shards into one child with both as parents", async () => {
    const StreamName = name("split");
    await client.send(
      new MergeShardsCommand({
        StreamName,
        ShardToMerge: "shardId-000000000001",
        AdjacentShardToMerge: "shardId-000000000002",
      }),
    );
    await waitForActive(client, StreamName);
    const open = await client.send(new ListShardsCommand({ StreamName, ShardFilter: { Type: "AT_LATEST" } }));
    expect(open.Shards).toEqual([
      expect.objectContaining({
        ShardId: "shardId-000000000003",
        ParentShardId: "shardId-000000000001",
        AdjacentParentShardId: "shardId-000000000002",
        HashKeyRange: { StartingHashKey: "0", EndingHashKey: "340282366920938463463374607431768211455" },
      }),
    ]);
  });

  it("refuses to merge shards that are not adjacent", async () => {
    const StreamName = name("data");
    await expect(
      client.send(
        new MergeShardsCommand({
          StreamName,
          ShardToMerge: "shardId-000000000000",
          AdjacentShardToMerge: "shardId-000000000002",
        }),
      ),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
  });

  it("keeps each key's order across UpdateShardCount when parents are read before children", async () => {
    const StreamName = name("scale");
    await client.send(new CreateStreamCommand({ StreamName, ShardCount: 3 }));
    await waitForActive(client, StreamName);
    const keys = ["a", "b", "c", "d", "e", "f"];
    const put = async (round: number) =>
      client.send(
        new PutRecordsCommand({
          StreamName,
          Records: keys.map((key) => ({ PartitionKey: key, Data: bytes(`${key}${round}`) })),
        }),
      );
    await put(1);
    const scaled = await client.send(
      new UpdateShardCountCommand({ StreamName, TargetShardCount: 5, ScalingType: "UNIFORM_SCALING" }),
    );
    expect(scaled).toMatchObject({ CurrentShardCount: 3, TargetShardCount: 5 });
    await waitForActive(client, StreamName);
    await put(2);
    await client.send(
      new UpdateShardCountCommand({ StreamName, TargetShardCount: 3, ScalingType: "UNIFORM_SCALING" }),
    );
    await waitForActive(client, StreamName);
    await put(3);
    const { Shards = [] } = await client.send(new ListShardsCommand({ StreamName }));
    expect(
      Shards.filter((shard) => shard.SequenceNumberRange?.EndingSequenceNumber === undefined),
    ).toHaveLength(3);
    expect(
      Shards.every((shard) => shard.AdjacentParentShardId === undefined || shard.ParentShardId !== undefined),
    ).toBe(true);
    // Read every shard after all its parents, as the KCL does, and check each key's records stay in order.
    const done = new Set<string>();
    const seen = new Map<string, string[]>();
    while (done.size < Shards.length) {
      const ready = Shards.filter(
        (shard) =>
          !done.has(shard.ShardId ?? "") &&
          [shard.ParentShardId, shard.AdjacentParentShardId].every(
            (parent) => parent === undefined || done.has(parent),
          ),
      );
      expect(ready.length).toBeGreaterThan(0);
      for (const shard of ready) {
        for (const record of await drainShard(client, StreamName, shard.ShardId ?? "")) {
          const list = seen.get(record.PartitionKey ?? "") ?? [];
          list.push(text(record.Data));
          seen.set(record.PartitionKey ?? "", list);
        }
        done.add(shard.ShardId ?? "");
      }
    }
    for (const key of keys) expect(seen.get(key)).toEqual([`${key}1`, `${key}2`, `${key}3`]);
  });
});
