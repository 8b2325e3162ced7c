import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SqsInterface } from "../../emulator/core/interfaces.js";
import { ManualClock, startEmulator, type MetricDatum, type RunningEmulator } from "../../emulator/index.js";
import { uniqueName } from "./support/sns-fixture.js";

describe("SQS's AWS/SQS metrics as AWS documents them", () => {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const recorded: MetricDatum[] = [];
  let emulator: RunningEmulator;
  let sqs: SQSClient;
  let stopListening: () => void;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, clock, log: () => {} });
    stopListening = emulator.onMetric((datum) => recorded.push(datum));
    sqs = new SQSClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    });
  });

  afterAll(async () => {
    stopListening();
    sqs.destroy();
    await emulator.stop();
  });

  beforeEach(() => {
    recorded.length = 0;
  });

  async function queue(attributes: Record<string, string> = {}) {
    const name = uniqueName("metrics");
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
    );
    return { name, url: QueueUrl ?? "", arn: Attributes?.QueueArn ?? "" };
  }

  async function gauge(queueName: string, name: string): Promise<MetricDatum | undefined> {
    const api = (await emulator.service("sqs")).api as SqsInterface;
    return api.queueDepths().find((d) => d.name === name && d.dimensions.QueueName === queueName);
  }

  function sum(queueName: string, name: string): number {
    return recorded
      .filter((d) => d.name === name && d.dimensions.QueueName === queueName)
      .reduce((total, d) => total + d.value, 0);
  }

  async function receive(url: string, visibilityTimeout = 1) {
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: visibilityTimeout,
        WaitTimeSeconds: 0,
      }),
    );
    return Messages ?? [];
  }

  it("ApproximateAgeOfOldestMessage is the oldest message's age in seconds, 0 for an empty queue", async () => {
    const q = await queue();
    expect(await gauge(q.name, "ApproximateAgeOfOldestMessage")).toMatchObject({ value: 0, unit: "Seconds" });
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: "first" }));
    clock.advance(30_000);
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: "second" }));
    clock.advance(15_500);
    expect((await gauge(q.name, "ApproximateAgeOfOldestMessage"))?.value).toBe(45);
    // In flight still counts: the message is not deleted.
    await receive(q.url, 600);
    expect((await gauge(q.name, "ApproximateAgeOfOldestMessage"))?.value).toBe(45);
  });

  it("leaves out a message received three times, so one poison pill does not hold the age up", async () => {
    const q = await queue();
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: "poison" }));
    clock.advance(60_000);
    for (let round = 0; round < 3; round++) {
      expect(await receive(q.url)).toHaveLength(1);
      clock.advance(2_000);
    }
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: "healthy" }));
    clock.advance(10_000);
    expect((await gauge(q.name, "ApproximateAgeOfOldestMessage"))?.value).toBe(10);
  });

  it("a dead-lettered message ages from its move into the DLQ, and the move is not a send", async () => {
    const dlq = await queue();
    const source = await queue({
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 1 }),
    });
    await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: "doomed" }));
    clock.advance(120_000);
    expect(await receive(source.url)).toHaveLength(1);
    clock.advance(2_000);
    expect(await receive(source.url)).toHaveLength(0);
    clock.advance(5_000);
    expect((await gauge(dlq.name, "ApproximateAgeOfOldestMessage"))?.value).toBe(5);
    expect((await gauge(dlq.name, "ApproximateNumberOfMessagesVisible"))?.value).toBe(1);
    expect(sum(dlq.name, "NumberOfMessagesSent")).toBe(0);
  });

  it("records sends, sizes, receives, empty receives and deletes, duplicate deletes included", async () => {
    const q = await queue();
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: q.url,
        Entries: [
          { Id: "a", MessageBody: "abc" },
          { Id: "b", MessageBody: "hello" },
        ],
      }),
    );
    expect(sum(q.name, "NumberOfMessagesSent")).toBe(2);
    const sizes = recorded.filter((d) => d.name === "SentMessageSize" && d.dimensions.QueueName === q.name);
    expect(sizes.map((d) => [d.value, d.unit])).toEqual([
      [3, "Bytes"],
      [5, "Bytes"],
    ]);
    const messages = await receive(q.url, 600);
    expect(sum(q.name, "NumberOfMessagesReceived")).toBe(2);
    await receive(q.url);
    expect(sum(q.name, "NumberOfEmptyReceives")).toBe(1);
    for (const message of messages) {
      await sqs.send(new DeleteMessageCommand({ QueueUrl: q.url, ReceiptHandle: message.ReceiptHandle }));
    }
    await sqs.send(new DeleteMessageCommand({ QueueUrl: q.url, ReceiptHandle: messages[0]?.ReceiptHandle }));
    expect(sum(q.name, "NumberOfMessagesDeleted")).toBe(3);
    expect(recorded.every((d) => d.namespace === "AWS/SQS")).toBe(true);
  });
});
