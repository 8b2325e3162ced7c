import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateStreamCommand,
  DescribeStreamCommand,
  type KinesisClient,
  ListTagsForStreamCommand,
  PutRecordCommand,
  PutRecordsCommand,
  SplitShardCommand,
} from "@aws-sdk/client-kinesis";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulatorProcess, type EmulatorProcess } from "./support/emulator-process.js";
import { drainShard, kinesisClient, waitForActive } from "./support/kinesis.js";

const BATCHES = 20;
const PER_BATCH = 100;

describe("Kinesis durability across kill -9", () => {
  let dataDir: string | undefined;
  let running: EmulatorProcess | undefined;
  let client: KinesisClient | undefined;

  afterEach(async () => {
    client?.destroy();
    await running?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged record in shard order, the shards and the tags, and numbers on after the crash", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "eda-kinesis-crash-"));
    running = await startEmulatorProcess(dataDir);
    client = kinesisClient(running.url);
    const StreamName = "crash";
    await client.send(new CreateStreamCommand({ StreamName, ShardCount: 2, Tags: { survives: "crash" } }));
    await waitForActive(client, StreamName);
    const sent = new Map<string, string[]>();
    for (let batch = 0; batch < BATCHES; batch++) {
      const records = Array.from({ length: PER_BATCH }, (_, i) => ({
        PartitionKey: `key-${i % 7}`,
        Data: Buffer.from(`b${batch}-r${i}`),
      }));
      const put = await client.send(new PutRecordsCommand({ StreamName, Records: records }));
      expect(put.FailedRecordCount).toBe(0);
      put.Records?.forEach((result, i) => {
        const list = sent.get(result.ShardId ?? "") ?? [];
        list.push(`b${batch}-r${i}`);
        sent.set(result.ShardId ?? "", list);
      });
    }
    await client.send(
      new SplitShardCommand({
        StreamName,
        ShardToSplit: "shardId-000000000000",
        NewStartingHashKey: "85070591730234615865843651857942052864",
      }),
    );
    await waitForActive(client, StreamName);
    const last = await client.send(
      new PutRecordCommand({
        StreamName,
        PartitionKey: "x",
        ExplicitHashKey: "0",
        Data: Buffer.from("last"),
      }),
    );
    client.destroy();

    await running.crash();
    running = await startEmulatorProcess(dataDir);
    client = kinesisClient(running.url);

    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamName }));
    expect(StreamDescription?.StreamStatus).toBe("ACTIVE");
    expect(StreamDescription?.Shards?.map((shard) => shard.ShardId)).toEqual([
      "shardId-000000000000",
      "shardId-000000000001",
      "shardId-000000000002",
      "shardId-000000000003",
    ]);
    const tags = await client.send(new ListTagsForStreamCommand({ StreamName }));
    expect(tags.Tags).toEqual([{ Key: "survives", Value: "crash" }]);
    for (const [shardId, bodies] of sent) {
      const read = await drainShard(client, StreamName, shardId);
      expect(read.map((record) => Buffer.from(record.Data ?? []).toString())).toEqual(bodies);
    }
    const after = await client.send(
      new PutRecordCommand({
        StreamName,
        PartitionKey: "x",
        ExplicitHashKey: "0",
        Data: Buffer.from("next"),
      }),
    );
    expect(last.ShardId).toBe("shardId-000000000002");
    expect(after.ShardId).toBe(last.ShardId);
    expect(BigInt(after.SequenceNumber ?? "0") > BigInt(last.SequenceNumber ?? "0")).toBe(true);
    const child = await drainShard(client, StreamName, last.ShardId ?? "");
    expect(child.map((record) => Buffer.from(record.Data ?? []).toString())).toEqual(["last", "next"]);
  });
});
