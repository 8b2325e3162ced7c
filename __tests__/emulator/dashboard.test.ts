import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CloudWatchClient, PutMetricAlarmCommand } from "@aws-sdk/client-cloudwatch";
import {
  CreateStreamCommand,
  KinesisClient,
  PutRecordCommand,
  waitUntilStreamExists,
} from "@aws-sdk/client-kinesis";
import { CreateTopicCommand, PublishCommand, SubscribeCommand } from "@aws-sdk/client-sns";
import { SetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "../../emulator/dashboard/snapshot.js";
import { LambdaClients } from "./support/lambda.js";
import { createQueue, useSnsEmulator } from "./support/sns-fixture.js";

const run = promisify(execFile);
const CHROMIUM = "/usr/bin/chromium";
const fixture = useSnsEmulator();
let scratch: string;
let topicArn: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "eda-dashboard-"));
  const { sns, sqs, emulator } = fixture;
  const clients = {
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  };
  const dlq = await createQueue(sqs, "dash-dlq");
  const queue = await createQueue(sqs, "dash-orders");
  await sqs.send(
    new SetQueueAttributesCommand({
      QueueUrl: queue.url,
      Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 3 }) },
    }),
  );
  topicArn = (await sns.send(new CreateTopicCommand({ Name: "dash-events" }))).TopicArn!;
  await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: queue.arn }));
  const kinesis = new KinesisClient(clients);
  await kinesis.send(new CreateStreamCommand({ StreamName: "dash-stream", ShardCount: 2 }));
  await waitUntilStreamExists(
    { client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
    { StreamName: "dash-stream" },
  );
  await kinesis.send(
    new PutRecordCommand({ StreamName: "dash-stream", PartitionKey: "k", Data: Buffer.from("{}") }),
  );
  kinesis.destroy();
  const cloudwatch = new CloudWatchClient(clients);
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: "dash-dlq-visible",
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [{ Name: "QueueName", Value: dlq.arn.split(":")[5] }],
      Statistic: "Maximum",
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 0,
      ComparisonOperator: "GreaterThanThreshold",
    }),
  );
  cloudwatch.destroy();
  const lambda = new LambdaClients(emulator);
  await lambda.createFunction("dash-consumer", await lambda.role("dash-consumer-role"));
  lambda.destroy();
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function snapshot(): Promise<Snapshot> {
  return (await (await fetch(`${fixture.emulator.url}/_eda/ui/snapshot`)).json()) as Snapshot;
}

/** The page's DOM once its script has drawn (Chromium runs the page's timers in virtual time). */
async function renderedPage(): Promise<string> {
  const { stdout } = await run(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--virtual-time-budget=3000",
      "--dump-dom",
      `${fixture.emulator.url}/_eda/ui`,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

describe("dashboard snapshot", () => {
  it("draws the topic's subscription to its queue, the queue's DLQ, the stream and the function from the applied resources", async () => {
    const region = (await snapshot()).regions.find(
      (r) => r.accountId === "000000000000" && r.region === "us-east-1",
    )!;
    const topic = region.topics.find((t) => t.arn === topicArn)!;
    const orders = region.queues.find((q) => q.name.startsWith("dash-orders"))!;
    expect(topic.subscriptions.map((s) => s.endpoint)).toEqual([orders.arn]);
    expect(orders).toMatchObject({
      maxReceiveCount: 3,
      dlqArn: region.queues.find((q) => q.name.startsWith("dash-dlq"))!.arn,
    });
    expect(region.streams.find((s) => s.name === "dash-stream")?.shards).toHaveLength(2);
    expect(region.alarms.find((a) => a.name === "dash-dlq-visible")?.metric).toBe(
      "AWS/SQS ApproximateNumberOfMessagesVisible",
    );
  });

  it("counts publishes from when the dashboard was first opened", async () => {
    const before =
      (await snapshot()).counters["000000000000/us-east-1/AWS/SNS/dash-events"]?.NumberOfMessagesPublished ??
      0;
    for (let i = 0; i < 3; i++)
      await fixture.sns.send(new PublishCommand({ TopicArn: topicArn, Message: `m${i}` }));
    const after = (await snapshot()).counters["000000000000/us-east-1/AWS/SNS/dash-events"]
      ?.NumberOfMessagesPublished;
    expect(after).toBe(before + 3);
  });

  it("refuses a method other than GET with 405", async () => {
    const response = await fetch(`${fixture.emulator.url}/_eda/ui`, { method: "POST" });
    expect(response.status).toBe(405);
  });
});

describe("dashboard in headless Chromium", () => {
  it("shows the topic, its queue with its depth, the DLQ, the stream's shards, the function and the alarm's state", async () => {
    const dom = await renderedPage();
    expect(dom).toContain("dash-consumer");
    expect(dom).toContain("dash-events");
    expect(dom).toMatch(/dash-orders-[0-9a-f]{8}/);
    expect(dom).toMatch(/dash-dlq-[0-9a-f]{8}/);
    expect(dom).toContain("shardId-000000000001");
    expect(dom).toMatch(/dash-dlq-visible<\/strong> <span class="state">(INSUFFICIENT_DATA|OK)<\/span>/);
  });

  it("moves the queue's count after a publish", async () => {
    const depth = (dom: string) =>
      Number(/dash-orders-[0-9a-f]{8}<\/text><text[^>]*>visible (\d+)/.exec(dom)?.[1]);
    const before = depth(await renderedPage());
    await fixture.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "one more" }));
    expect(depth(await renderedPage())).toBe(before + 1);
  });

  it("takes a screenshot of the drawn page", async () => {
    const file = join(scratch, "dashboard.png");
    await run(CHROMIUM, [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--virtual-time-budget=3000",
      "--window-size=1400,900",
      `--screenshot=${file}`,
      `${fixture.emulator.url}/_eda/ui`,
    ]);
    const png = await readFile(file);
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 900]);
  });
});
