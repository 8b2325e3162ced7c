import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  DecreaseStreamRetentionPeriodCommand,
  DeleteStreamCommand,
  DescribeLimitsCommand,
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  EnableEnhancedMonitoringCommand,
  IncreaseStreamRetentionPeriodCommand,
  type KinesisClient,
  ListShardsCommand,
  ListStreamsCommand,
  ListTagsForResourceCommand,
  ListTagsForStreamCommand,
  RemoveTagsFromStreamCommand,
  StartStreamEncryptionCommand,
  TagResourceCommand,
  UpdateStreamModeCommand,
} from "@aws-sdk/client-kinesis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { kinesisClient, waitForActive, type KinesisHandler } from "./support/kinesis.js";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  await emulator.stop();
});

describe.each<KinesisHandler>(["http2", "http1"])("Kinesis streams over the SDK (%s)", (handler) => {
  let client: KinesisClient;
  const name = (suffix: string): string => `${handler}-${suffix}`;

  beforeAll(() => {
    client = kinesisClient(emulator.url, handler);
  });

  it("creates a provisioned stream that becomes ACTIVE with evenly split shards", async () => {
    await client.send(new CreateStreamCommand({ StreamName: name("three"), ShardCount: 3 }));
    await waitForActive(client, name("three"));
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamName: name("three") }));
    expect(StreamDescription?.StreamARN).toBe(
      `arn:aws:kinesis:us-east-1:000000000000:stream/${name("three")}`,
    );
    expect(StreamDescription?.StreamModeDetails?.StreamMode).toBe("PROVISIONED");
    expect(StreamDescription?.RetentionPeriodHours).toBe(24);
    expect(StreamDescription?.StreamCreationTimestamp).toBeInstanceOf(Date);
    expect(StreamDescription?.Shards?.map((shard) => shard.HashKeyRange)).toEqual([
      { StartingHashKey: "0", EndingHashKey: "113427455640312821154458202477256070484" },
      {
        StartingHashKey: "113427455640312821154458202477256070485",
        EndingHashKey: "226854911280625642308916404954512140969",
      },
      {
        StartingHashKey: "226854911280625642308916404954512140970",
        EndingHashKey: "340282366920938463463374607431768211455",
      },
    ]);
    expect(StreamDescription?.Shards?.map((shard) => shard.ShardId)).toEqual([
      "shardId-000000000000",
      "shardId-000000000001",
      "shardId-000000000002",
    ]);
  });

  it("creates an ON_DEMAND stream with four shards and counts it in DescribeLimits", async () => {
    await client.send(
      new CreateStreamCommand({
        StreamName: name("ondemand"),
        StreamModeDetails: { StreamMode: "ON_DEMAND" },
      }),
    );
    await waitForActive(client, name("ondemand"));
    const summary = await client.send(new DescribeStreamSummaryCommand({ StreamName: name("ondemand") }));
    expect(summary.StreamDescriptionSummary?.OpenShardCount).toBe(4);
    expect(summary.StreamDescriptionSummary?.StreamModeDetails?.StreamMode).toBe("ON_DEMAND");
    const limits = await client.send(new DescribeLimitsCommand({}));
    expect(limits.OnDemandStreamCount).toBeGreaterThanOrEqual(1);
    expect(limits.ShardLimit).toBe(500);
  });

  it("answers ResourceInUseException for a stream name already taken", async () => {
    await client.send(new CreateStreamCommand({ StreamName: name("taken"), ShardCount: 1 }));
    await expect(
      client.send(new CreateStreamCommand({ StreamName: name("taken"), ShardCount: 1 })),
    ).rejects.toMatchObject({ name: "ResourceInUseException" });
  });

  it("pages DescribeStream shards with Limit and ExclusiveStartShardId", async () => {
    await client.send(new CreateStreamCommand({ StreamName: name("paged"), ShardCount: 5 }));
    await waitForActive(client, name("paged"));
    const first = await client.send(new DescribeStreamCommand({ StreamName: name("paged"), Limit: 2 }));
    expect(first.StreamDescription?.HasMoreShards).toBe(true);
    const rest = await client.send(
      new DescribeStreamCommand({
        StreamName: name("paged"),
        ExclusiveStartShardId: first.StreamDescription?.Shards?.[1].ShardId,
      }),
    );
    expect(rest.StreamDescription?.Shards?.map((shard) => shard.ShardId)).toEqual([
      "shardId-000000000002",
      "shardId-000000000003",
      "shardId-000000000004",
    ]);
    expect(rest.StreamDescription?.HasMoreShards).toBe(false);
  });

  it("pages ListShards with MaxResults and NextToken", async () => {
    const first = await client.send(new ListShardsCommand({ StreamName: name("paged"), MaxResults: 3 }));
    expect(first.Shards).toHaveLength(3);
    const rest = await client.send(new ListShardsCommand({ NextToken: first.NextToken }));
    expect(rest.Shards?.map((shard) => shard.ShardId)).toEqual([
      "shardId-000000000003",
      "shardId-000000000004",
    ]);
    expect(rest.NextToken).toBeUndefined();
  });

  it("refuses ListShards with both NextToken and StreamName", async () => {
    const first = await client.send(new ListShardsCommand({ StreamName: name("paged"), MaxResults: 1 }));
    await expect(
      client.send(new ListShardsCommand({ StreamName: name("paged"), NextToken: first.NextToken })),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
  });

  it("lists streams with summaries, pages by name and shows a deleted stream as gone", async () => {
    const all = await client.send(new ListStreamsCommand({}));
    expect(all.StreamNames).toContain(name("three"));
    expect(all.StreamSummaries?.find((s) => s.StreamName === name("three"))?.StreamARN).toMatch(/:stream\//);
    const page = await client.send(new ListStreamsCommand({ Limit: 1 }));
    expect(page.HasMoreStreams).toBe(true);
    const next = await client.send(new ListStreamsCommand({ Limit: 1, NextToken: page.NextToken }));
    expect((next.StreamNames?.[0] ?? "") > (page.StreamNames?.[0] ?? "")).toBe(true);
    await client.send(new CreateStreamCommand({ StreamName: name("doomed"), ShardCount: 1 }));
    await waitForActive(client, name("doomed"));
    await client.send(new DeleteStreamCommand({ StreamName: name("doomed") }));
    await expect(waitForGone(client, name("doomed"))).resolves.toBe(true);
  });

  it("accepts StreamARN in place of StreamName", async () => {
    const arn = `arn:aws:kinesis:us-east-1:000000000000:stream/${name("three")}`;
    const summary = await client.send(new DescribeStreamSummaryCommand({ StreamARN: arn }));
    expect(summary.StreamDescriptionSummary?.StreamName).toBe(name("three"));
  });

  it("answers ResourceNotFoundException for a stream that does not exist", async () => {
    await expect(
      client.send(new DescribeStreamCommand({ StreamName: name("missing") })),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 400 } });
  });

  it("tags at create, adds, lists in key order and removes tags", async () => {
    await client.send(
      new CreateStreamCommand({ StreamName: name("tagged"), ShardCount: 1, Tags: { b: "2" } }),
    );
    await waitForActive(client, name("tagged"));
    await client.send(new AddTagsToStreamCommand({ StreamName: name("tagged"), Tags: { a: "1", c: "3" } }));
    const listed = await client.send(new ListTagsForStreamCommand({ StreamName: name("tagged") }));
    expect(listed.Tags).toEqual([
      { Key: "a", Value: "1" },
      { Key: "b", Value: "2" },
      { Key: "c", Value: "3" },
    ]);
    await client.send(new RemoveTagsFromStreamCommand({ StreamName: name("tagged"), TagKeys: ["b"] }));
    const arn = `arn:aws:kinesis:us-east-1:000000000000:stream/${name("tagged")}`;
    await client.send(new TagResourceCommand({ ResourceARN: arn, Tags: { d: "4" } }));
    const byArn = await client.send(new ListTagsForResourceCommand({ ResourceARN: arn }));
    expect(byArn.Tags?.map((tag) => tag.Key)).toEqual(["a", "c", "d"]);
  });

  it("changes retention only upwards with Increase and within 24..8760 hours", async () => {
    await client.send(
      new IncreaseStreamRetentionPeriodCommand({ StreamName: name("tagged"), RetentionPeriodHours: 48 }),
    );
    await waitForActive(client, name("tagged"));
    await expect(
      client.send(
        new DecreaseStreamRetentionPeriodCommand({ StreamName: name("tagged"), RetentionPeriodHours: 12 }),
      ),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
    await expect(
      client.send(
        new IncreaseStreamRetentionPeriodCommand({ StreamName: name("tagged"), RetentionPeriodHours: 30 }),
      ),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
  });

  it("reports encryption, enhanced monitoring and a mode change", async () => {
    await client.send(
      new StartStreamEncryptionCommand({
        StreamName: name("three"),
        EncryptionType: "KMS",
        KeyId: "alias/aws/kinesis",
      }),
    );
    await waitForActive(client, name("three"));
    const monitoring = await client.send(
      new EnableEnhancedMonitoringCommand({
        StreamName: name("three"),
        ShardLevelMetrics: ["IncomingBytes"],
      }),
    );
    expect(monitoring.DesiredShardLevelMetrics).toEqual(["IncomingBytes"]);
    await waitForActive(client, name("three"));
    const arn = `arn:aws:kinesis:us-east-1:000000000000:stream/${name("three")}`;
    await client.send(
      new UpdateStreamModeCommand({ StreamARN: arn, StreamModeDetails: { StreamMode: "ON_DEMAND" } }),
    );
    await waitForActive(client, name("three"));
    const summary = await client.send(new DescribeStreamSummaryCommand({ StreamName: name("three") }));
    expect(summary.StreamDescriptionSummary).toMatchObject({
      EncryptionType: "KMS",
      KeyId: "alias/aws/kinesis",
      EnhancedMonitoring: [{ ShardLevelMetrics: ["IncomingBytes"] }],
      StreamModeDetails: { StreamMode: "ON_DEMAND" },
    });
  });

  it("reports every validation error of a call in one ValidationException", async () => {
    await expect(
      client.send(new CreateStreamCommand({ StreamName: "bad name!", ShardCount: 0 })),
    ).rejects.toMatchObject({
      name: "ValidationException",
      message:
        "2 validation errors detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
  });
});

async function waitForGone(client: KinesisClient, StreamName: string): Promise<boolean> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await client.send(new DescribeStreamSummaryCommand({ StreamName }));
    } catch (error) {
      if ((error as Error).name === "ResourceNotFoundException") return true;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
