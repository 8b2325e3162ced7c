import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import {
  CreateEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  type CreateEventSourceMappingCommandInput,
} from "@aws-sdk/client-lambda";
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SendMessageBatchCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEFAULT_CREDENTIALS } from "./support/iam-clients.js";
import { LambdaClients, zipOf } from "./support/lambda.js";

const ACCOUNT = "000000000000";
const REGION = "us-east-1";
const queueArn = (name: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`;
const WAIT = { timeout: 20_000, interval: 50 };

/** What the execution role needs to read a queue, as Lambda checks when the mapping is created. */
const READER_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
      Resource: "*",
    },
  ],
});

/**
 * A Node handler that appends each event it gets to the file `OUT` names, then fails the messages whose body
 * the variable `FAIL` names: by throwing, or with `REPORT` set, as batchItemFailures.
 */
const RECORDING_ZIP = zipOf({
  "index.mjs": `import { appendFileSync } from "node:fs";
export const handler = async (event) => {
  appendFileSync(process.env.OUT, JSON.stringify(event) + "\\n");
  const failed = event.Records.filter((record) => record.body === process.env.FAIL);
  if (failed.length === 0) return null;
  if (process.env.REPORT !== "true") throw new Error("cannot handle " + process.env.FAIL);
  return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
};
`,
});

interface EventRecord {
  messageId: string;
  body: string;
  eventSource: string;
  eventSourceARN: string;
  attributes: Record<string, string>;
}

let emulator: RunningEmulator;
let clients: LambdaClients;
let sqs: SQSClient;
let role: string;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  clients = new LambdaClients(emulator);
  sqs = new SQSClient({ endpoint: emulator.url, region: REGION, credentials: DEFAULT_CREDENTIALS });
  role = await clients.role("sqs-reader");
  await clients.iam.send(
    new PutRolePolicyCommand({ RoleName: "sqs-reader", PolicyName: "read", PolicyDocument: READER_POLICY }),
  );
  dir = mkdtempSync(path.join(tmpdir(), "eda-sqs-mapping-"));
});

afterAll(async () => {
  clients.destroy();
  sqs.destroy();
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A recording function named `name`, its events written to a file of its own. */
async function recordingFunction(name: string, variables: Record<string, string> = {}): Promise<string> {
  const out = path.join(dir, `${name}.jsonl`);
  await clients.createFunction(name, role, {
    Code: { ZipFile: RECORDING_ZIP },
    Environment: { Variables: { OUT: out, ...variables } },
  });
  await clients.waitUntilActive(name);
  return out;
}

/** The events the function recorded so far, each as its records. */
function recorded(out: string): EventRecord[][] {
  if (!existsSync(out)) return [];
  return readFileSync(out, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { Records: EventRecord[] }).Records);
}

async function queue(name: string, attributes: Record<string, string> = {}): Promise<string> {
  const out = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  return out.QueueUrl ?? "";
}

async function send(
  url: string,
  bodies: readonly string[],
  extra: Record<string, string> = {},
): Promise<void> {
  for (let start = 0; start < bodies.length; start += 10) {
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: bodies
          .slice(start, start + 10)
          .map((body, i) => ({ Id: `m${start + i}`, MessageBody: body, ...extra })),
      }),
    );
  }
}

/** Creates the mapping and waits until it is Enabled. */
async function mapping(input: CreateEventSourceMappingCommandInput): Promise<string> {
  const created = await clients.lambda.send(new CreateEventSourceMappingCommand(input));
  const uuid = created.UUID ?? "";
  await vi.waitFor(async () => {
    const got = await clients.lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }));
    expect(got.State).toBe("Enabled");
  }, WAIT);
  return uuid;
}

async function depth(url: string): Promise<{ visible: number; inFlight: number }> {
  const out = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    }),
  );
  return {
    visible: Number(out.Attributes?.ApproximateNumberOfMessages),
    inFlight: Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible),
  };
}

describe("an SQS event source mapping of an emulator with a data dir", () => {
  it("polls its queue again after a restart", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "eda-sqs-mapping-data-"));
    const out = path.join(dataDir, "events.jsonl");
    try {
      const first = await startEmulator({ port: 0, log: () => {}, dataDir });
      const firstClients = new LambdaClients(first);
      const reader = await firstClients.role("restart-reader");
      await firstClients.iam.send(
        new PutRolePolicyCommand({
          RoleName: "restart-reader",
          PolicyName: "read",
          PolicyDocument: READER_POLICY,
        }),
      );
      await firstClients.createFunction("restarted", reader, {
        Code: { ZipFile: RECORDING_ZIP },
        Environment: { Variables: { OUT: out } },
      });
      await firstClients.waitUntilActive("restarted");
      const firstSqs = new SQSClient({
        endpoint: first.url,
        region: REGION,
        credentials: DEFAULT_CREDENTIALS,
      });
      await firstSqs.send(new CreateQueueCommand({ QueueName: "durable-jobs" }));
      const created = await firstClients.lambda.send(
        new CreateEventSourceMappingCommand({
          FunctionName: "restarted",
          EventSourceArn: queueArn("durable-jobs"),
        }),
      );
      await vi.waitFor(async () => {
        const got = await firstClients.lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID }));
        expect(got.State).toBe("Enabled");
      }, WAIT);
      firstClients.destroy();
      firstSqs.destroy();
      await first.stop();

      const second = await startEmulator({ port: 0, log: () => {}, dataDir });
      const secondSqs = new SQSClient({
        endpoint: second.url,
        region: REGION,
        credentials: DEFAULT_CREDENTIALS,
      });
      try {
        await secondSqs.send(
          new SendMessageBatchCommand({
            QueueUrl: `${second.url}/${ACCOUNT}/durable-jobs`,
            Entries: [{ Id: "1", MessageBody: "after restart" }],
          }),
        );
        await vi.waitFor(
          () =>
            expect(
              recorded(out)
                .flat()
                .map((record) => record.body),
            ).toEqual(["after restart"]),
          WAIT,
        );
      } finally {
        secondSqs.destroy();
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("an SQS event source mapping", () => {
  it("delivers messages to a Node function in AWS's event shape and deletes them", async () => {
    const out = await recordingFunction("sqs-consumer");
    const url = await queue("mapped");
    const uuid = await mapping({
      FunctionName: "sqs-consumer",
      EventSourceArn: queueArn("mapped"),
      BatchSize: 10,
    });
    await send(url, ["one", "two", "three"]);
    await vi.waitFor(() => expect(recorded(out).flat()).toHaveLength(3), WAIT);
    const records = recorded(out).flat();
    expect(records.map((record) => record.body).sort()).toEqual(["one", "three", "two"]);
    expect(records[0]).toMatchObject({
      eventSource: "aws:sqs",
      eventSourceARN: queueArn("mapped"),
      attributes: { ApproximateReceiveCount: "1" },
    });
    await vi.waitFor(async () => expect(await depth(url)).toEqual({ visible: 0, inFlight: 0 }), WAIT);
    const got = await clients.lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }));
    expect(got.LastProcessingResult).toBe("OK");
  });

  it("lets messages a throwing handler failed reappear until the queue moves them to its DLQ", async () => {
    const out = await recordingFunction("sqs-thrower", { FAIL: "poison" });
    const dlq = await queue("mapped-dlq");
    const url = await queue("mapped-failing", {
      VisibilityTimeout: "1",
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: queueArn("mapped-dlq"), maxReceiveCount: 2 }),
    });
    await mapping({ FunctionName: "sqs-thrower", EventSourceArn: queueArn("mapped-failing"), BatchSize: 1 });
    await send(url, ["poison"]);
    await vi.waitFor(async () => expect(await depth(dlq)).toEqual({ visible: 1, inFlight: 0 }), WAIT);
    expect(recorded(out).map((records) => records[0].attributes.ApproximateReceiveCount)).toEqual(["1", "2"]);
    expect(await depth(url)).toEqual({ visible: 0, inFlight: 0 });
  });

  it("deletes only the successes of a batch under ReportBatchItemFailures", async () => {
    const out = await recordingFunction("sqs-partial", { FAIL: "bad", REPORT: "true" });
    const url = await queue("mapped-partial", { VisibilityTimeout: "2" });
    await mapping({
      FunctionName: "sqs-partial",
      EventSourceArn: queueArn("mapped-partial"),
      BatchSize: 10,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
    await send(url, ["ok-1", "bad", "ok-2"]);
    await vi.waitFor(() => expect(recorded(out).length).toBeGreaterThanOrEqual(2), WAIT);
    const bodies = recorded(out)
      .flat()
      .map((record) => record.body);
    expect(bodies.filter((body) => body === "ok-1")).toHaveLength(1);
    expect(bodies.filter((body) => body === "ok-2")).toHaveLength(1);
    expect(bodies.filter((body) => body === "bad").length).toBeGreaterThanOrEqual(2);
  });

  it("keeps each FIFO message group in order", async () => {
    const out = await recordingFunction("sqs-fifo");
    const url = await queue("mapped.fifo", { FifoQueue: "true", ContentBasedDeduplication: "true" });
    await mapping({ FunctionName: "sqs-fifo", EventSourceArn: queueArn("mapped.fifo"), BatchSize: 2 });
    const groups = ["a", "b", "c"];
    for (const group of groups) {
      await send(
        url,
        Array.from({ length: 6 }, (_, i) => `${group}${i}`),
        { MessageGroupId: group },
      );
    }
    await vi.waitFor(() => expect(recorded(out).flat()).toHaveLength(18), WAIT);
    const bodies = recorded(out)
      .flat()
      .map((record) => record.body);
    for (const group of groups) {
      expect(bodies.filter((body) => body.startsWith(group))).toEqual(
        Array.from({ length: 6 }, (_, i) => `${group}${i}`),
      );
    }
  });

  it("deletes the messages its filter criteria reject without invoking the function for them", async () => {
    const out = await recordingFunction("sqs-filtered");
    const url = await queue("mapped-filtered");
    await mapping({
      FunctionName: "sqs-filtered",
      EventSourceArn: queueArn("mapped-filtered"),
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ body: { kind: ["order"] } }) }] },
    });
    await send(url, ['{"kind":"order","n":1}', '{"kind":"refund","n":2}', "not json"]);
    await vi.waitFor(async () => expect(await depth(url)).toEqual({ visible: 0, inFlight: 0 }), WAIT);
    expect(
      recorded(out)
        .flat()
        .map((record) => record.body),
    ).toEqual(['{"kind":"order","n":1}']);
  });
});
