import { describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { AwsError } from "../../core/errors.js";
import { KinesisKit } from "./testKit.js";

const data = (text: string): string => Buffer.from(text).toString("base64");

async function activeStream(kit: KinesisKit, clock: ManualClock, StreamName: string, ShardCount = 1) {
  await kit.call("CreateStream", { StreamName, ShardCount });
  clock.advance(10);
}

describe("Kinesis stream status", () => {
  it("is CREATING until the status delay has passed, then ACTIVE", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock, { statusDelayMs: 500 });
    await kit.call("CreateStream", { StreamName: "s", ShardCount: 1 });
    clock.advance(499);
    expect(await kit.status("s")).toBe("CREATING");
    clock.advance(1);
    expect(await kit.status("s")).toBe("ACTIVE");
  });

  it("refuses writes to a CREATING stream as if it did not exist", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await kit.call("CreateStream", { StreamName: "s", ShardCount: 1 });
    await expect(
      kit.call("PutRecord", { StreamName: "s", Data: data("x"), PartitionKey: "k" }),
    ).rejects.toMatchObject({
      code: "ResourceNotFoundException",
    });
  });

  it("goes through UPDATING for a retention change and refuses another change meanwhile", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    await kit.call("IncreaseStreamRetentionPeriod", { StreamName: "s", RetentionPeriodHours: 48 });
    expect(await kit.status("s")).toBe("UPDATING");
    await expect(
      kit.call("IncreaseStreamRetentionPeriod", { StreamName: "s", RetentionPeriodHours: 72 }),
    ).rejects.toMatchObject({ code: "ResourceInUseException" });
    clock.advance(10);
    expect(await kit.status("s")).toBe("ACTIVE");
  });

  it("is DELETING after DeleteStream and gone once the delay has passed", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    await kit.call("DeleteStream", { StreamName: "s" });
    expect(await kit.status("s")).toBe("DELETING");
    clock.advance(10);
    await expect(kit.status("s")).rejects.toBeInstanceOf(AwsError);
  });
});

describe("Kinesis records in memory", () => {
  it("expires a shard iterator after five minutes", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    const { ShardIterator } = await kit.call("GetShardIterator", {
      StreamName: "s",
      ShardId: "shardId-000000000000",
      ShardIteratorType: "TRIM_HORIZON",
    });
    clock.advance(300_001);
    await expect(kit.call("GetRecords", { ShardIterator })).rejects.toMatchObject({
      code: "ExpiredIteratorException",
    });
  });

  it("stops returning records older than the retention period", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    await kit.call("PutRecord", { StreamName: "s", Data: data("old"), PartitionKey: "k" });
    clock.advance(23 * 3_600_000);
    await kit.call("PutRecord", { StreamName: "s", Data: data("new"), PartitionKey: "k" });
    clock.advance(2 * 3_600_000);
    const { ShardIterator } = await kit.call("GetShardIterator", {
      StreamName: "s",
      ShardId: "shardId-000000000000",
      ShardIteratorType: "TRIM_HORIZON",
    });
    const page = await kit.call("GetRecords", { ShardIterator });
    const records = page.Records as { Data: string }[];
    expect(records.map((record) => Buffer.from(record.Data, "base64").toString())).toEqual(["new"]);
  });

  it("reads AT_TIMESTAMP from the first record that arrived at or after the time", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    await kit.call("PutRecord", { StreamName: "s", Data: data("a"), PartitionKey: "k" });
    clock.advance(1000);
    const middle = clock.now();
    await kit.call("PutRecord", { StreamName: "s", Data: data("b"), PartitionKey: "k" });
    clock.advance(1000);
    const { ShardIterator } = await kit.call("GetShardIterator", {
      StreamName: "s",
      ShardId: "shardId-000000000000",
      ShardIteratorType: "AT_TIMESTAMP",
      Timestamp: middle / 1000,
    });
    const page = await kit.call("GetRecords", { ShardIterator });
    expect((page.Records as { Data: string }[]).map((r) => Buffer.from(r.Data, "base64").toString())).toEqual(
      ["b"],
    );
    expect(page.MillisBehindLatest).toBe(0);
  });

  it("refuses a sequence number from another shard", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s", 2);
    const put = await kit.call("PutRecord", {
      StreamName: "s",
      Data: data("a"),
      PartitionKey: "k",
      ExplicitHashKey: "0",
    });
    await expect(
      kit.call("GetShardIterator", {
        StreamName: "s",
        ShardId: "shardId-000000000001",
        ShardIteratorType: "AT_SEQUENCE_NUMBER",
        StartingSequenceNumber: put.SequenceNumber,
      }),
    ).rejects.toMatchObject({ code: "InvalidArgumentException" });
  });

  it("refuses writes past the shard's limit with ProvisionedThroughputExceededException when limits are on", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock, { throughputLimits: true });
    await activeStream(kit, clock, "s");
    const records = Array.from({ length: 500 }, () => ({ Data: data("x"), PartitionKey: "k" }));
    await kit.call("PutRecords", { StreamName: "s", Records: records });
    const second = await kit.call("PutRecords", { StreamName: "s", Records: records });
    expect(second.FailedRecordCount).toBe(0);
    const third = await kit.call("PutRecords", { StreamName: "s", Records: records.slice(0, 2) });
    expect(third.FailedRecordCount).toBe(2);
    expect((third.Records as { ErrorCode?: string }[])[0].ErrorCode).toBe(
      "ProvisionedThroughputExceededException",
    );
    clock.advance(1000);
    const later = await kit.call("PutRecords", { StreamName: "s", Records: records.slice(0, 2) });
    expect(later.FailedRecordCount).toBe(0);
  });

  it("judges every record of one PutRecords in the second the call came in, even if admitting it takes longer", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock, { throughputLimits: true });
    await activeStream(kit, clock, "s");
    // A clock that moves 5 ms each time it is read: a second boundary passes in the middle of the batch.
    const now = clock.now.bind(clock);
    clock.now = () => {
      clock.advance(5);
      return now();
    };
    const records = Array.from({ length: 500 }, () => ({ Data: data("x".repeat(4096)), PartitionKey: "k" }));
    const put = await kit.call("PutRecords", { StreamName: "s", Records: records });
    const codes = (put.Records as { ErrorCode?: string }[]).map((record) => record.ErrorCode);
    const firstRefused = codes.indexOf("ProvisionedThroughputExceededException");
    expect(firstRefused).toBeGreaterThan(0);
    expect(codes.slice(firstRefused).every((code) => code === "ProvisionedThroughputExceededException")).toBe(
      true,
    );
  });

  it("records AWS/Kinesis IncomingRecords with the StreamName dimension", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    const seen: { name: string; value: number; dimensions: Record<string, string> }[] = [];
    kit.metrics.listen((datum) => seen.push(datum));
    await activeStream(kit, clock, "s");
    await kit.call("PutRecords", { StreamName: "s", Records: [{ Data: data("x"), PartitionKey: "k" }] });
    expect(seen.find((datum) => datum.name === "IncomingRecords")).toMatchObject({
      value: 1,
      dimensions: { StreamName: "s" },
    });
  });
});

describe("Kinesis shards listing and reads", () => {
  it("lists only open shards AT_LATEST and the shards open at a time AT_TIMESTAMP", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    const created = clock.now();
    clock.advance(1000);
    await kit.call("SplitShard", {
      StreamName: "s",
      ShardToSplit: "shardId-000000000000",
      NewStartingHashKey: "170141183460469231731687303715884105728",
    });
    clock.advance(10);
    const ids = (output: Record<string, unknown>) =>
      (output.Shards as { ShardId: string }[]).map((s) => s.ShardId);
    expect(
      ids(await kit.call("ListShards", { StreamName: "s", ShardFilter: { Type: "AT_LATEST" } })),
    ).toEqual(["shardId-000000000001", "shardId-000000000002"]);
    expect(
      ids(
        await kit.call("ListShards", {
          StreamName: "s",
          ShardFilter: { Type: "AT_TIMESTAMP", Timestamp: created / 1000 },
        }),
      ),
    ).toEqual(["shardId-000000000000"]);
    expect(
      ids(await kit.call("ListShards", { StreamName: "s", ShardFilter: { Type: "AT_TRIM_HORIZON" } })),
    ).toEqual(["shardId-000000000000"]);
    expect(
      ids(
        await kit.call("ListShards", {
          StreamName: "s",
          ShardFilter: { Type: "AFTER_SHARD_ID", ShardId: "shardId-000000000001" },
        }),
      ),
    ).toEqual(["shardId-000000000002"]);
  });

  it("refuses a sixth GetRecords on a shard within one second when limits are on", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock, { throughputLimits: true });
    await activeStream(kit, clock, "s");
    const { ShardIterator } = await kit.call("GetShardIterator", {
      StreamName: "s",
      ShardId: "shardId-000000000000",
      ShardIteratorType: "LATEST",
    });
    for (let call = 0; call < 5; call++) await kit.call("GetRecords", { ShardIterator });
    await expect(kit.call("GetRecords", { ShardIterator })).rejects.toMatchObject({
      code: "ProvisionedThroughputExceededException",
    });
  });

  it("drops expired closed shards and their records on the trim timer", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    await kit.call("PutRecord", { StreamName: "s", Data: data("x"), PartitionKey: "k" });
    await kit.call("SplitShard", {
      StreamName: "s",
      ShardToSplit: "shardId-000000000000",
      NewStartingHashKey: "1000",
    });
    clock.advance(25 * 3_600_000);
    const listed = await kit.call("ListShards", { StreamName: "s" });
    expect((listed.Shards as { ShardId: string }[]).map((shard) => shard.ShardId)).toEqual([
      "shardId-000000000001",
      "shardId-000000000002",
    ]);
  });
});

describe("Kinesis record size", () => {
  it("takes a 2 MiB record only once UpdateMaxRecordSize raised the stream's limit", async () => {
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    await activeStream(kit, clock, "s");
    const big = Buffer.alloc(2 * 1024 * 1024).toString("base64");
    await expect(
      kit.call("PutRecord", { StreamName: "s", Data: big, PartitionKey: "k" }),
    ).rejects.toMatchObject({
      code: "ValidationException",
    });
    await kit.call("UpdateMaxRecordSize", {
      StreamARN: "arn:aws:kinesis:us-east-1:000000000000:stream/s",
      MaxRecordSizeInKiB: 4096,
    });
    clock.advance(10);
    const put = await kit.call("PutRecord", { StreamName: "s", Data: big, PartitionKey: "k" });
    expect(put.ShardId).toBe("shardId-000000000000");
  });
});
