import { randomUUID } from "node:crypto";
import {
  CreateStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  waitUntilStreamExists,
} from "@aws-sdk/client-kinesis";
import { CreateTopicCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { configFromOutputs, Producer, publish, type ProducerEvent } from "../../producer/index.js";
import { createQueue, queueDepth, receiveAll, sqsClient } from "../emulator/support/sns-fixture.js";

let emulator: RunningEmulator;
let sns: SNSClient;
let kinesis: KinesisClient;
const sqs = () => sqsClient(emulator.url);

beforeAll(async () => {
  vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret");
  // Kinesis with its per-shard limits on (1,000 records/s), so producers meet ProvisionedThroughputExceeded.
  emulator = await startEmulator({ port: 0, log: () => {}, kinesisThroughputLimits: true });
  const client = { endpoint: emulator.url, region: "us-east-1" };
  sns = new SNSClient(client);
  kinesis = new KinesisClient(client);
});

afterAll(async () => {
  sns.destroy();
  kinesis.destroy();
  await emulator.stop();
  vi.unstubAllEnvs();
});

function event(n: number, overrides: Partial<ProducerEvent> = {}): ProducerEvent {
  return {
    specversion: "1.0",
    id: randomUUID(),
    source: "urn:test:producer",
    type: "com.example.order.created",
    subject: `order-${n % 3}`,
    data: { n },
    ...overrides,
  };
}

/** A topic with one subscribed queue and a stream of `shards` shards, all new. */
async function targets(shards = 2) {
  const topic = await sns.send(new CreateTopicCommand({ Name: `producer-${randomUUID().slice(0, 8)}` }));
  const queue = await createQueue(sqs(), "producer");
  await sns.send(
    new SubscribeCommand({
      TopicArn: topic.TopicArn,
      Protocol: "sqs",
      Endpoint: queue.arn,
      Attributes: { RawMessageDelivery: "true" },
    }),
  );
  const streamName = `producer-${randomUUID().slice(0, 8)}`;
  await kinesis.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: shards }));
  await waitUntilStreamExists(
    { client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
    { StreamName: streamName },
  );
  return { topicArn: topic.TopicArn!, queueUrl: queue.url, streamName };
}

async function streamRecords(streamName: string) {
  const shards = await kinesis.send(new ListShardsCommand({ StreamName: streamName }));
  const records = [];
  for (const shard of shards.Shards ?? []) {
    const iterator = await kinesis.send(
      new GetShardIteratorCommand({
        StreamName: streamName,
        ShardId: shard.ShardId,
        ShardIteratorType: "TRIM_HORIZON",
      }),
    );
    const read = await kinesis.send(
      new GetRecordsCommand({ ShardIterator: iterator.ShardIterator, Limit: 10_000 }),
    );
    records.push(...(read.Records ?? []).map((record) => ({ shardId: shard.ShardId!, ...record })));
  }
  return records;
}

describe("producer", () => {
  it("publishes each event to the topic and the stream, with a result per event", async () => {
    const { topicArn, queueUrl, streamName } = await targets();
    const events = Array.from({ length: 25 }, (_, n) => event(n));
    const results = await publish(events, {
      topicArn,
      streamName,
      endpoint: emulator.url,
      region: "us-east-1",
    });
    expect(results.map((result) => result.id)).toEqual(events.map((e) => e.id));
    expect(results.every((result) => result.topic?.ok === true && result.stream?.ok === true)).toBe(true);
    const messages = await receiveAll(sqs(), queueUrl, 25);
    expect(messages.map((message) => (JSON.parse(message.Body!) as ProducerEvent).id).sort()).toEqual(
      events.map((e) => e.id).sort(),
    );
    expect(messages[0].MessageAttributes?.type?.StringValue).toBe("com.example.order.created");
    expect(await streamRecords(streamName)).toHaveLength(25);
  });

  it("keys stream records by the event's subject, so one subject stays in order on one shard", async () => {
    const { streamName } = await targets(4);
    const events = Array.from({ length: 30 }, (_, n) => event(n));
    const results = await publish(events, { streamName, endpoint: emulator.url, region: "us-east-1" });
    const shardOf = new Map<string, Set<string>>();
    results.forEach((result, n) => {
      const shard = result.stream?.ok ? result.stream.shardId : "failed";
      shardOf.set(events[n].subject!, (shardOf.get(events[n].subject!) ?? new Set()).add(shard));
    });
    expect([...shardOf.values()].every((shards) => shards.size === 1 && !shards.has("failed"))).toBe(true);
    const records = await streamRecords(streamName);
    for (const subject of shardOf.keys()) {
      const read = records.filter((record) => record.PartitionKey === subject);
      const sent = events.filter((e) => e.subject === subject).map((e) => e.id);
      expect(
        read.map((record) => (JSON.parse(Buffer.from(record.Data!).toString()) as ProducerEvent).id),
      ).toEqual(sent);
    }
  });

  it("retries records Kinesis throttles until every one is on the stream", async () => {
    const { streamName } = await targets(1);
    const events = Array.from({ length: 2_500 }, (_, n) => event(n));
    const producer = new Producer({
      streamName,
      endpoint: emulator.url,
      region: "us-east-1",
      retry: { maxAttempts: 20, baseDelayMs: 200 },
    });
    try {
      const results = await producer.publish(events);
      expect(results.filter((result) => result.stream?.ok !== true)).toEqual([]);
      expect(Math.max(...results.map((result) => result.stream!.attempts))).toBeGreaterThan(1);
      expect(await streamRecords(streamName)).toHaveLength(2_500);
    } finally {
      producer.close();
    }
  });

  it("reports a message too large for SNS as that event's failure, once, and still streams it", async () => {
    const { topicArn, queueUrl, streamName } = await targets();
    const big = event(1, { data: "x".repeat(300 * 1024) });
    const results = await publish([event(0), big], {
      topicArn,
      streamName,
      endpoint: emulator.url,
      region: "us-east-1",
    });
    expect(results[0].topic?.ok).toBe(true);
    expect(results[1].topic).toMatchObject({ ok: false, attempts: 1 });
    expect(results[1].stream?.ok).toBe(true);
    expect(await queueDepth(sqs(), queueUrl)).toBe(1);
  });

  it("sends nothing for an event that is not a CloudEvent, and says what is wrong", async () => {
    const { topicArn, queueUrl, streamName } = await targets();
    const malformed = { ...event(0), specversion: "0.3" } as unknown as ProducerEvent;
    const results = await publish([malformed], {
      topicArn,
      streamName,
      endpoint: emulator.url,
      region: "us-east-1",
    });
    expect(results[0].topic).toMatchObject({ ok: false, code: "InvalidEvent", attempts: 0 });
    expect(results[0].stream).toMatchObject({ ok: false, code: "InvalidEvent" });
    expect(results[0].topic?.ok === false && results[0].topic.message).toContain("specversion");
    expect(await queueDepth(sqs(), queueUrl)).toBe(0);
    expect(await streamRecords(streamName)).toHaveLength(0);
  });

  it("sends a malformed event on purpose when validation is off", async () => {
    const { topicArn, queueUrl } = await targets();
    const malformed = { ...event(0), specversion: "0.3" } as unknown as ProducerEvent;
    const results = await publish(
      [malformed],
      { topicArn, endpoint: emulator.url, region: "us-east-1" },
      { validate: false },
    );
    expect(results[0].topic?.ok).toBe(true);
    expect(await queueDepth(sqs(), queueUrl)).toBe(1);
  });
});

describe("configuration from the stack's outputs", () => {
  it("takes the topic ARN and the stream name from terraform output -json", () => {
    expect(
      configFromOutputs({
        topic_arn: { value: "arn:aws:sns:us-east-1:000000000000:eda-local-events" },
        stream_name: { value: "eda-local-events" },
        queue_urls: { value: {} },
      }),
    ).toEqual({
      topicArn: "arn:aws:sns:us-east-1:000000000000:eda-local-events",
      streamName: "eda-local-events",
    });
  });

  it("refuses outputs of another stack with a sentence that says what to pass", () => {
    expect(() => configFromOutputs({ bucket: { value: "x" } })).toThrow(/terraform output -json/);
  });
});
