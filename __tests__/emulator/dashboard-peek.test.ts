import {
  CreateStreamCommand,
  KinesisClient,
  PutRecordCommand,
  waitUntilStreamExists,
} from "@aws-sdk/client-kinesis";
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from "@aws-sdk/client-sqs";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PeekView } from "../../emulator/dashboard/peek.js";
import type { Snapshot } from "../../emulator/dashboard/snapshot.js";
import { launchChromium } from "./support/browser.js";
import { createQueue, useSnsEmulator } from "./support/sns-fixture.js";

const fixture = useSnsEmulator();
let queue: { url: string; arn: string };
let streamArn: string;
let browser: Browser;

beforeAll(async () => {
  const { sqs, emulator } = fixture;
  queue = await createQueue(sqs, "peek-orders");
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: queue.url,
      MessageBody: JSON.stringify({ orderId: "o-1", total: 12 }),
      MessageAttributes: { kind: { DataType: "String", StringValue: "order" } },
    }),
  );
  await sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: "plain second" }));
  const kinesis = new KinesisClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
  await kinesis.send(new CreateStreamCommand({ StreamName: "peek-stream", ShardCount: 1 }));
  await waitUntilStreamExists(
    { client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
    { StreamName: "peek-stream" },
  );
  for (const n of [1, 2, 3])
    await kinesis.send(
      new PutRecordCommand({
        StreamName: "peek-stream",
        PartitionKey: `key-${n}`,
        Data: Buffer.from(JSON.stringify({ n })),
      }),
    );
  await kinesis.send(new CreateStreamCommand({ StreamName: "peek-binary", ShardCount: 1 }));
  await waitUntilStreamExists(
    { client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
    { StreamName: "peek-binary" },
  );
  await kinesis.send(
    new PutRecordCommand({
      StreamName: "peek-binary",
      PartitionKey: "bin",
      Data: Buffer.from([0xff, 0xfe, 0x00]),
    }),
  );
  kinesis.destroy();
  streamArn = `arn:aws:kinesis:us-east-1:000000000000:stream/peek-stream`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function peek(query: Record<string, string>): Promise<{ status: number; body: PeekView }> {
  const response = await fetch(
    `${fixture.emulator.url}/_eda/ui/peek?${new URLSearchParams(query).toString()}`,
  );
  return { status: response.status, body: (await response.json()) as PeekView };
}

async function depth(): Promise<Record<string, string>> {
  const out = await fixture.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ["All"] }),
  );
  const { LastModifiedTimestamp: _modified, ...rest } = out.Attributes ?? {};
  return rest;
}

describe("peek endpoint", () => {
  it("shows a queue's newest messages first, with bodies and attributes", async () => {
    const { status, body } = await peek({ arn: queue.arn, limit: "5" });
    expect(status).toBe(200);
    expect(body.kind).toBe("queue");
    if (body.kind !== "queue") return;
    expect(body.messages.map((m) => m.body)).toEqual(["plain second", '{"orderId":"o-1","total":12}']);
    expect(body.messages[1].attributes).toEqual({ kind: { DataType: "String", StringValue: "order" } });
  });

  it("leaves the queue's depth, visibility and receive counts unchanged", async () => {
    const before = await depth();
    await peek({ arn: queue.arn });
    await peek({ arn: queue.arn });
    expect(await depth()).toEqual(before);
    const received = await fixture.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queue.url,
        MaxNumberOfMessages: 10,
        MessageSystemAttributeNames: ["ApproximateReceiveCount"],
        VisibilityTimeout: 0,
      }),
    );
    expect(received.Messages?.map((m) => m.Attributes?.ApproximateReceiveCount)).toEqual(["1", "1"]);
  });

  it("shows a shard's newest records with sequence numbers, partition keys and arrival times", async () => {
    const { body } = await peek({ arn: streamArn, shard: "shardId-000000000000", limit: "2" });
    expect(body.kind).toBe("stream");
    if (body.kind !== "stream") return;
    expect(body.records.map((r) => [r.data, r.partitionKey, r.encoding])).toEqual([
      ['{"n":3}', "key-3", "utf8"],
      ['{"n":2}', "key-2", "utf8"],
    ]);
    expect(BigInt(body.records[0].sequenceNumber)).toBeGreaterThan(BigInt(body.records[1].sequenceNumber));
    expect(body.records[0].arrivedAt).toBeGreaterThan(0);
  });

  it("shows data that is not UTF-8 as base64", async () => {
    const { body } = await peek({ arn: "arn:aws:kinesis:us-east-1:000000000000:stream/peek-binary" });
    expect(body.kind === "stream" && body.records.map((r) => [r.data, r.encoding])).toEqual([
      ["//4A", "base64"],
    ]);
  });

  it("reads no GetRecords: the stream's GetRecords.Records counter does not move", async () => {
    const key = "000000000000/us-east-1/AWS/Kinesis/peek-stream";
    const counted = async () =>
      ((await (await fetch(`${fixture.emulator.url}/_eda/ui/snapshot`)).json()) as Snapshot).counters[key]?.[
        "GetRecords.Records"
      ] ?? 0;
    const before = await counted();
    await peek({ arn: streamArn });
    expect(await counted()).toBe(before);
  });

  it.each([
    [{}, 400, "Give the queue's or the stream's ARN"],
    [{ arn: "arn:aws:sqs:us-east-1:000000000000:nothing-here" }, 404, "There is no queue"],
    [{ arn: "arn:aws:sns:us-east-1:000000000000:topic" }, 400, "neither an SQS queue's nor a Kinesis"],
    [{ arn: "QUEUE", limit: "0" }, 400, "limit must be a whole number from 1 to 50, not 0."],
    [{ arn: "STREAM", shard: "shardId-000000000009" }, 404, "has no readable shard shardId-000000000009"],
  ])("refuses %j with %i and says what to change", async (query, status, message) => {
    const resolved = Object.fromEntries(
      Object.entries(query).map(([k, v]) => [k, v === "QUEUE" ? queue.arn : v === "STREAM" ? streamArn : v]),
    );
    const response = await peek(resolved);
    expect(response.status).toBe(status);
    expect((response.body as unknown as { message: string }).message).toContain(message);
  });
});

describe("peek in headless Chromium", () => {
  it("opens a side panel with the message body when a queue is clicked", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.emulator.url}/_eda/ui`);
    const node = await page.waitForSelector(`g.node[data-id="${queue.arn}"]`);
    await node!.click();
    await page.waitForSelector("#peek:not([hidden]) article pre");
    const panel = await page.$eval("#peek", (el: { textContent: string | null }) => el.textContent ?? "");
    expect(panel).toContain('"orderId": "o-1"');
    expect(panel).toContain("kind (String): order");
    await page.close();
  });

  it("opens the shard's records when a shard is clicked", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.emulator.url}/_eda/ui`);
    const node = await page.waitForSelector(`g.node[data-id="${streamArn}/shardId-000000000000"]`);
    await node!.click();
    await page.waitForSelector("#peek:not([hidden]) article pre");
    const panel = await page.$eval("#peek", (el: { textContent: string | null }) => el.textContent ?? "");
    expect(panel).toContain("partition key key-3");
    expect(panel).toContain('"n": 3');
    await page.close();
  });
});
