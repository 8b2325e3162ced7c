import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { CreateStreamCommand, KinesisClient, waitUntilStreamExists } from "@aws-sdk/client-kinesis";
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand } from "@aws-sdk/client-lambda";
import { CreateTopicCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.js";
import { LambdaClients } from "../__tests__/emulator/support/lambda.js";
import { createQueue } from "../__tests__/emulator/support/sns-fixture.js";
import { runCommand } from "./program.js";

let emulator: RunningEmulator;
let scratch: string;
const credentials = { accessKeyId: "test", secretAccessKey: "test" };
const clients = () => ({ endpoint: emulator.url, region: "us-east-1", credentials });

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  scratch = await mkdtemp(join(tmpdir(), "eda-cli-"));
});

afterAll(async () => {
  await emulator.stop();
  await rm(scratch, { recursive: true, force: true });
});

/** Runs `eda …` in this process against the emulator, capturing what it prints. */
async function eda(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCommand([...argv, "--local", "--endpoint", emulator.url], {
    out: (text) => (out += text),
    err: (text) => (err += text),
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

const name = (tag: string) => `cli-${tag}-${randomUUID().slice(0, 8)}`;

async function queue(sqs: SQSClient, queueName: string, attributes: Record<string, string> = {}) {
  const url = (await sqs.send(new CreateQueueCommand({ QueueName: queueName, Attributes: attributes })))
    .QueueUrl!;
  const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] })))
    .Attributes!.QueueArn!;
  return { url, arn };
}

async function depth(sqs: SQSClient, url: string): Promise<number> {
  const { Attributes: a = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    }),
  );
  return Number(a.ApproximateNumberOfMessages) + Number(a.ApproximateNumberOfMessagesNotVisible);
}

/** A topic fanning out raw to a queue whose policy lets it, and a one-shard stream. */
async function stack() {
  const sqs = new SQSClient(clients());
  const sns = new SNSClient(clients());
  const kinesis = new KinesisClient(clients());
  const events = await createQueue(sqs, "cli-events");
  const topicArn = (await sns.send(new CreateTopicCommand({ Name: name("topic") }))).TopicArn!;
  await sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: "sqs",
      Endpoint: events.arn,
      Attributes: { RawMessageDelivery: "true" },
    }),
  );
  const streamName = name("stream");
  await kinesis.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: 1 }));
  await waitUntilStreamExists(
    { client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
    { StreamName: streamName },
  );
  return { sqs, sns, kinesis, queueUrl: events.url, topicArn, streamName };
}

describe("eda publish", () => {
  it("publishes generated events to the topic and the stream named in the stack's outputs", async () => {
    const { sqs, queueUrl, topicArn, streamName } = await stack();
    const outputs = join(scratch, "outputs.json");
    await writeFile(
      outputs,
      JSON.stringify({ topic_arn: { value: topicArn }, stream_name: { value: streamName } }),
    );
    const result = await eda("publish", "--count", "12", "--outputs", outputs);
    expect(result).toMatchObject({ code: 0, err: "published 12, failed 0\n" });
    expect(await depth(sqs, queueUrl)).toBe(12);
    const tailed = await eda("tail", "stream", streamName, "--trim-horizon", "--max", "12", "--json");
    expect(tailed.out.trim().split("\n")).toHaveLength(12);
  });

  it("publishes a file of events, one per line, and prints a result per event with --json", async () => {
    const { topicArn } = await stack();
    const file = join(scratch, "events.ndjson");
    const event = (id: string) =>
      JSON.stringify({ specversion: "1.0", id, source: "urn:test", type: "com.example.order.created" });
    await writeFile(file, `${event("a")}\n${event("b")}\n`);
    const result = await eda("publish", "--file", file, "--topic-arn", topicArn, "--json");
    expect(result.code).toBe(0);
    const lines = result.out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; topic: { ok: boolean } });
    expect(lines.map((line) => [line.id, line.topic.ok])).toEqual([
      ["a", true],
      ["b", true],
    ]);
  });

  it("fails with one line naming the line of a malformed event file", async () => {
    const { topicArn } = await stack();
    const file = join(scratch, "broken.ndjson");
    await writeFile(file, '{"specversion":"1.0"}\n{not json\n');
    const result = await eda("publish", "--file", file, "--topic-arn", topicArn);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^eda: .*broken\.ndjson line 2 is not valid JSON/);
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });

  it("exits 1 and names the event when an event is not a CloudEvent", async () => {
    const { topicArn } = await stack();
    const result = await eda("publish", "--event", '{"id":"x1","type":"t"}', "--topic-arn", topicArn);
    expect(result.code).toBe(1);
    expect(result.out).toContain("failed x1: topic: InvalidEvent");
  });

  it("says where to publish when no target is given", async () => {
    const result = await eda("publish", "--count", "1");
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "eda: say where to publish: --topic-arn, --stream-name, or --outputs with the stack's terraform output -json.\n",
    );
  });
});

describe("eda tail queue", () => {
  it("prints each message once and consumes them with --delete", async () => {
    const sqs = new SQSClient(clients());
    const { url } = await queue(sqs, name("tail"));
    for (const body of ["one", "two", "three"])
      await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: body }));
    const result = await eda("tail", "queue", url, "--delete", "--max", "3", "--json");
    expect(result.code).toBe(0);
    expect(
      result.out
        .trim()
        .split("\n")
        .map((line) => (JSON.parse(line) as { Body: string }).Body)
        .sort(),
    ).toEqual(["one", "three", "two"]);
    expect(await depth(sqs, url)).toBe(0);
  });

  it("answers an unknown queue with one line and exit 1", async () => {
    const result = await eda("tail", "queue", "no-such-queue", "--max", "1");
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "eda: no queue named 'no-such-queue' here: check the name (aws sqs list-queues) or pass its URL.\n",
    );
  });
});

describe("eda tail stream", () => {
  it("answers an unknown stream with one line and exit 1", async () => {
    const result = await eda("tail", "stream", "no-such-stream", "--max", "1");
    expect(result).toMatchObject({
      code: 1,
      err: "eda: no stream named 'no-such-stream' here: check the name (aws kinesis list-streams).\n",
    });
  });
});

describe("eda replay", () => {
  it("re-sends the stream's records from a time into a queue, in order", async () => {
    const { sqs, streamName, topicArn } = await stack();
    const from = new Date(Date.now() - 1_000).toISOString();
    await eda("publish", "--count", "5", "--stream-name", streamName, "--topic-arn", topicArn);
    const target = await queue(sqs, name("replayed"));
    const result = await eda("replay", "--stream", streamName, "--from", from, "--to-queue", target.url);
    expect(result).toMatchObject({ code: 0, out: "replayed 5 records, 0 failed\n" });
    expect(await depth(sqs, target.url)).toBe(5);
  });

  it("refuses two targets at once", async () => {
    const result = await eda("replay", "--stream", "s", "--from", "1h", "--to-queue", "q", "--to-topic", "t");
    expect(result).toMatchObject({
      code: 1,
      err: "eda: give exactly one target: --to-topic, --to-queue or --to-stream.\n",
    });
  });

  it("refuses a time it cannot read as usage (exit 2)", async () => {
    const result = await eda("replay", "--stream", "s", "--from", "yesterday-ish", "--to-queue", "q");
    expect(result.code).toBe(2);
    expect(result.err).toContain("expected an ISO 8601 time");
  });
});

describe("eda redrive", () => {
  it("moves a DLQ's messages back to the source queue and reports the count", async () => {
    const sqs = new SQSClient(clients());
    const dlq = await queue(sqs, name("dlq"));
    const source = await queue(sqs, name("source"), {
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 1 }),
    });
    for (let i = 0; i < 4; i++)
      await sqs.send(new SendMessageCommand({ QueueUrl: dlq.url, MessageBody: `m${i}` }));
    const result = await eda("redrive", dlq.url, "--to", source.url);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`redrove 4 messages from ${dlq.url}\n`);
    expect(await depth(sqs, source.url)).toBe(4);
    expect(await depth(sqs, dlq.url)).toBe(0);
  });
});

describe("eda status", () => {
  it("shows queue depths with their DLQ, the stream's shards, its mapping and alarm states for a prefix", async () => {
    const prefix = name("status");
    const sqs = new SQSClient(clients());
    const dlq = await queue(sqs, `${prefix}-dlq`);
    const main = await queue(sqs, `${prefix}-main`, {
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 3 }),
    });
    await sqs.send(new SendMessageCommand({ QueueUrl: main.url, MessageBody: "x" }));
    const kinesis = new KinesisClient(clients());
    await kinesis.send(new CreateStreamCommand({ StreamName: `${prefix}-stream`, ShardCount: 2 }));
    await waitUntilStreamExists(
      { client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
      { StreamName: `${prefix}-stream` },
    );
    const mapping = await disabledMapping(prefix, `${prefix}-stream`, dlq.arn);
    const result = await eda("status", "--prefix", prefix, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      queues: [
        { name: `${prefix}-dlq`, visible: 0, inFlight: 0, delayed: 0 },
        { name: `${prefix}-main`, visible: 1, inFlight: 0, delayed: 0, dlq: `${prefix}-dlq` },
      ],
      streams: [{ name: `${prefix}-stream`, status: "ACTIVE", openShards: 2 }],
      mappings: [
        {
          uuid: mapping.uuid,
          source: `${prefix}-stream`,
          function: `${prefix}-consumer`,
          state: "Disabled",
          lastProcessingResult: mapping.lastProcessingResult,
          batchSize: 100,
          onFailure: `${prefix}-dlq`,
        },
      ],
      alarms: [],
    });
  });

  it("shows each mapping's source → function, State and LastProcessingResult on one line", async () => {
    const prefix = name("mapped");
    const kinesis = new KinesisClient(clients());
    await kinesis.send(new CreateStreamCommand({ StreamName: `${prefix}-events`, ShardCount: 1 }));
    await waitUntilStreamExists(
      { client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
      { StreamName: `${prefix}-events` },
    );
    kinesis.destroy();
    const mapping = await disabledMapping(prefix, `${prefix}-events`);
    expect(mapping.lastProcessingResult).not.toBe("");
    const result = await eda("status", "--prefix", prefix);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `  ${mapping.uuid}  ${prefix}-events → ${prefix}-consumer: Disabled, ${mapping.lastProcessingResult}\n`,
    );
  });
});

/**
 * A function `PREFIX-consumer` whose role may read streams and queues, and a disabled mapping from `source` (a
 * stream's name or a queue's ARN) to it, once its State settled; disabled, no poller changes its last result.
 */
async function disabledMapping(
  prefix: string,
  source: string,
  onFailureArn?: string,
): Promise<{ uuid: string; lastProcessingResult: string }> {
  const lambda = new LambdaClients(emulator);
  try {
    const role = await lambda.role(`${prefix}-role`);
    await lambda.iam.send(
      new PutRolePolicyCommand({
        RoleName: `${prefix}-role`,
        PolicyName: "read",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: ["kinesis:*", "sqs:*"], Resource: "*" }],
        }),
      }),
    );
    await lambda.createFunction(`${prefix}-consumer`, role);
    const stream = !source.startsWith("arn:");
    const { UUID } = await lambda.lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: `${prefix}-consumer`,
        EventSourceArn: stream ? `arn:aws:kinesis:us-east-1:000000000000:stream/${source}` : source,
        Enabled: false,
        ...(stream ? { StartingPosition: "LATEST" } : {}),
        ...(onFailureArn ? { DestinationConfig: { OnFailure: { Destination: onFailureArn } } } : {}),
      }),
    );
    for (;;) {
      const got = await lambda.lambda.send(new GetEventSourceMappingCommand({ UUID }));
      if (got.State === "Disabled")
        return { uuid: UUID!, lastProcessingResult: got.LastProcessingResult ?? "" };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    lambda.destroy();
  }
}
