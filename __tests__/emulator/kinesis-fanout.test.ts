import {
  CreateStreamCommand,
  DeleteStreamCommand,
  DeregisterStreamConsumerCommand,
  DescribeStreamConsumerCommand,
  DescribeStreamSummaryCommand,
  type KinesisClient,
  ListStreamConsumersCommand,
  PutRecordCommand,
  RegisterStreamConsumerCommand,
  SplitShardCommand,
  SubscribeToShardCommand,
  type SubscribeToShardEvent,
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

async function activeConsumer(
  client: KinesisClient,
  StreamARN: string,
  ConsumerName: string,
): Promise<string> {
  const { Consumer } = await client.send(new RegisterStreamConsumerCommand({ StreamARN, ConsumerName }));
  for (let attempt = 0; attempt < 200; attempt++) {
    const { ConsumerDescription } = await client.send(
      new DescribeStreamConsumerCommand({ ConsumerARN: Consumer?.ConsumerARN }),
    );
    if (ConsumerDescription?.ConsumerStatus === "ACTIVE") return ConsumerDescription.ConsumerARN ?? "";
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("consumer never became ACTIVE");
}

describe.each<KinesisHandler>(["http2", "http1"])("Kinesis enhanced fan-out over the SDK (%s)", (handler) => {
  let client: KinesisClient;
  const name = (suffix: string): string => `${handler}-${suffix}`;
  const arnOf = (stream: string): string => `arn:aws:kinesis:us-east-1:000000000000:stream/${stream}`;

  beforeAll(async () => {
    client = kinesisClient(emulator.url, handler);
    await client.send(new CreateStreamCommand({ StreamName: name("efo"), ShardCount: 1 }));
    await waitForActive(client, name("efo"));
  });

  it("registers, lists and counts a consumer with AWS's consumer ARN form", async () => {
    const arn = await activeConsumer(client, arnOf(name("efo")), "listed");
    expect(arn).toMatch(new RegExp(`^${arnOf(name("efo"))}/consumer/listed:\\d+$`));
    const { Consumers } = await client.send(
      new ListStreamConsumersCommand({ StreamARN: arnOf(name("efo")) }),
    );
    expect(Consumers?.map((consumer) => consumer.ConsumerName)).toContain("listed");
    const summary = await client.send(new DescribeStreamSummaryCommand({ StreamName: name("efo") }));
    expect(summary.StreamDescriptionSummary?.ConsumerCount).toBeGreaterThanOrEqual(1);
  });

  it("pushes records through SubscribeToShard's event stream with continuation sequence numbers", async () => {
    const ConsumerARN = await activeConsumer(client, arnOf(name("efo")), "reader");
    const first = await client.send(
      new PutRecordCommand({ StreamName: name("efo"), PartitionKey: "k", Data: Buffer.from("one") }),
    );
    const { EventStream } = await client.send(
      new SubscribeToShardCommand({
        ConsumerARN,
        ShardId: "shardId-000000000000",
        StartingPosition: { Type: "AT_SEQUENCE_NUMBER", SequenceNumber: first.SequenceNumber },
      }),
    );
    const seen: string[] = [];
    let continuation: string | undefined;
    let sentSecond = false;
    for await (const event of EventStream ?? []) {
      const data: SubscribeToShardEvent | undefined = event.SubscribeToShardEvent;
      if (data === undefined) continue;
      for (const record of data.Records ?? []) seen.push(Buffer.from(record.Data ?? []).toString());
      continuation = data.ContinuationSequenceNumber;
      if (!sentSecond) {
        sentSecond = true;
        await client.send(
          new PutRecordCommand({ StreamName: name("efo"), PartitionKey: "k", Data: Buffer.from("two") }),
        );
      }
      if (seen.length >= 2) break;
    }
    expect(seen).toEqual(["one", "two"]);
    expect(BigInt(continuation ?? "0") > BigInt(first.SequenceNumber ?? "0")).toBe(true);
  });

  it("ends a closed shard's subscription with ChildShards once it is drained", async () => {
    const StreamName = name("efo-split");
    await client.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
    await waitForActive(client, StreamName);
    const ConsumerARN = await activeConsumer(client, arnOf(StreamName), "splitter");
    await client.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: Buffer.from("parent") }));
    await client.send(
      new SplitShardCommand({
        StreamName,
        ShardToSplit: "shardId-000000000000",
        NewStartingHashKey: "170141183460469231731687303715884105728",
      }),
    );
    await waitForActive(client, StreamName);
    const { EventStream } = await client.send(
      new SubscribeToShardCommand({
        ConsumerARN,
        ShardId: "shardId-000000000000",
        StartingPosition: { Type: "TRIM_HORIZON" },
      }),
    );
    const events: SubscribeToShardEvent[] = [];
    for await (const event of EventStream ?? [])
      if (event.SubscribeToShardEvent) events.push(event.SubscribeToShardEvent);
    expect(
      events.flatMap((event) => event.Records ?? []).map((r) => Buffer.from(r.Data ?? []).toString()),
    ).toEqual(["parent"]);
    expect(events.at(-1)?.ChildShards?.map((child) => child.ShardId)).toEqual([
      "shardId-000000000001",
      "shardId-000000000002",
    ]);
  });

  it("refuses DeleteStream while consumers are registered unless EnforceConsumerDeletion is set", async () => {
    const StreamName = name("efo-delete");
    await client.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
    await waitForActive(client, StreamName);
    await activeConsumer(client, arnOf(StreamName), "keeper");
    await expect(client.send(new DeleteStreamCommand({ StreamName }))).rejects.toMatchObject({
      name: "ResourceInUseException",
    });
    await client.send(new DeleteStreamCommand({ StreamName, EnforceConsumerDeletion: true }));
  });

  it("refuses SubscribeToShard for a consumer that is not ACTIVE", async () => {
    const { Consumer } = await client.send(
      new RegisterStreamConsumerCommand({ StreamARN: arnOf(name("efo")), ConsumerName: "fresh" }),
    );
    await client.send(new DeregisterStreamConsumerCommand({ ConsumerARN: Consumer?.ConsumerARN }));
    await expect(
      client.send(
        new SubscribeToShardCommand({
          ConsumerARN: Consumer?.ConsumerARN,
          ShardId: "shardId-000000000000",
          StartingPosition: { Type: "LATEST" },
        }),
      ),
    ).rejects.toMatchObject({
      name: expect.stringMatching(/ResourceInUseException|ResourceNotFoundException/) as unknown,
    });
  });
});
