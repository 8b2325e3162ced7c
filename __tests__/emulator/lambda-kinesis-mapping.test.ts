import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CloudWatchLogsClient, FilterLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
import type { KinesisClient } from "@aws-sdk/client-kinesis";
import type { CreateEventSourceMappingCommandInput } from "@aws-sdk/client-lambda";
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { BUNDLE_FILE, bundleLambda } from "../../stacks/lambda-package.js";
import { cloudEvent } from "../lambda/kinesis-event.js";
import { startEmulatorProcess } from "./support/emulator-process.js";
import { DEFAULT_CREDENTIALS } from "./support/iam-clients.js";
import { kinesisClient } from "./support/kinesis.js";
import {
  createMapping,
  createStream,
  eventually,
  linesOf,
  mappingRole,
  putRecords,
  recordingHandler,
} from "./support/kinesis-mapping.js";
import { LambdaClients, zipOf } from "./support/lambda.js";

/** Kinesis → Lambda through event source mappings on a real port: real functions, the AWS SDK v3. */
let emulator: RunningEmulator;
let clients: LambdaClients;
let kinesis: KinesisClient;
let sqs: SQSClient;
let role: string;
let scratch: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  clients = new LambdaClients(emulator);
  kinesis = kinesisClient(emulator.url, "http1");
  sqs = new SQSClient({ endpoint: emulator.url, region: "us-east-1", credentials: DEFAULT_CREDENTIALS });
  role = await mappingRole(clients, "mapping-role");
  scratch = mkdtempSync(path.join(tmpdir(), "eda-kinesis-mapping-"));
});

afterAll(async () => {
  clients.destroy();
  kinesis.destroy();
  sqs.destroy();
  await emulator.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A stream, a recording function (running `behaviour`) and a mapping between them; returns where the function
 * writes what it received.
 */
async function pipeline(
  name: string,
  behaviour: string | undefined,
  mapping: Partial<CreateEventSourceMappingCommandInput> = {},
  functionSettings: { Timeout?: number } = {},
): Promise<{ out: string; streamArn: string }> {
  const out = path.join(scratch, `${name}.jsonl`);
  const streamArn = await createStream(kinesis, name);
  await clients.createFunction(name, role, {
    Code: { ZipFile: zipOf({ "index.mjs": recordingHandler(behaviour) }) },
    Environment: { Variables: { OUT: out, MARKS: path.join(scratch, `${name}-mark-`) } },
    ...functionSettings,
  });
  await clients.waitUntilActive(name);
  await createMapping(clients, {
    FunctionName: name,
    EventSourceArn: streamArn,
    StartingPosition: "TRIM_HORIZON",
    ...mapping,
  });
  return { out, streamArn };
}

async function failureQueue(name: string): Promise<{ url: string; arn: string }> {
  const created = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  return { url: created.QueueUrl ?? "", arn: `arn:aws:sqs:us-east-1:000000000000:${name}` };
}

async function receiveFailure(queueUrl: string): Promise<Record<string, unknown>> {
  return eventually(async () => {
    const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1 }));
    const body = out.Messages?.[0]?.Body;
    return body === undefined ? undefined : (JSON.parse(body) as Record<string, unknown>);
  });
}

const flat = (out: string): string[] => linesOf<string[]>(out).flat();
const seen = (out: string, data: string) => () => (flat(out).includes(data) ? true : undefined);

describe("Kinesis → Lambda event source mappings", () => {
  it("delivers a shard's records to a Node function in order, in batches of at most BatchSize", async () => {
    const { out } = await pipeline("in-order", undefined, { BatchSize: 10 });
    const datas = Array.from({ length: 35 }, (_, i) => `r${i}`);
    for (const chunk of [datas.slice(0, 20), datas.slice(20)]) {
      await putRecords(
        kinesis,
        "in-order",
        chunk.map((data) => ["same-key", data] as const),
      );
    }
    await eventually(seen(out, "r34"));
    expect(flat(out)).toEqual(datas);
    expect(linesOf<string[]>(out).every((batch) => batch.length <= 10)).toBe(true);
  });

  it("sends AWS's event document, naming the function's execution role as invokeIdentityArn", async () => {
    const { out, streamArn } = await pipeline(
      "document",
      `appendFileSync(process.env.OUT, JSON.stringify(event) + "\\n"); return null;`,
    );
    const [sequence] = await putRecords(kinesis, "document", [["pk", "hello"]]);
    const [, document] = await eventually(() => {
      const lines = linesOf<unknown>(out);
      return lines.length >= 2 ? lines : undefined;
    });
    const record = (document as { Records: Record<string, unknown>[] }).Records[0];
    expect(record).toEqual({
      kinesis: {
        kinesisSchemaVersion: "1.0",
        partitionKey: "pk",
        sequenceNumber: sequence,
        data: Buffer.from("hello").toString("base64"),
        approximateArrivalTimestamp: expect.any(Number) as unknown,
      },
      eventSource: "aws:kinesis",
      eventVersion: "1.0",
      eventID: `shardId-000000000000:${sequence}`,
      eventName: "aws:kinesis:record",
      invokeIdentityArn: role,
      awsRegion: "us-east-1",
      eventSourceARN: streamArn,
    });
  });

  it("bisects around a record that throws, counts retries, sends its failure record, and goes on", async () => {
    const queue = await failureQueue("poison-failures");
    const { out, streamArn } = await pipeline(
      "poison",
      `if (datas.includes("poison")) throw new Error("cannot handle poison"); return null;`,
      {
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 1,
        DestinationConfig: { OnFailure: { Destination: queue.arn } },
      },
    );
    const records = ["r0", "r1", "r2", "r3", "r4", "poison", "r6", "r7"].map((data) => ["k", data] as const);
    const sequences = await putRecords(kinesis, "poison", records);
    const failure = await receiveFailure(queue.url);
    expect(failure).toMatchObject({
      requestContext: { condition: "RetryAttemptsExhausted", approximateInvokeCount: 5 },
      responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
      version: "1.0",
      KinesisBatchInfo: {
        shardId: "shardId-000000000000",
        startSequenceNumber: sequences[5],
        endSequenceNumber: sequences[5],
        batchSize: 1,
        streamArn,
      },
    });
    await putRecords(kinesis, "poison", [["k", "later"]]);
    await eventually(seen(out, "later"));
    expect(linesOf<string[]>(out)).toEqual([
      ["r0", "r1", "r2", "r3", "r4", "poison", "r6", "r7"],
      ["r0", "r1", "r2", "r3"],
      ["r4", "poison", "r6", "r7"],
      ["r4", "poison"],
      ["r4"],
      ["poison"],
      ["poison"],
      ["r6", "r7"],
      ["later"],
    ]);
  });

  it("treats a timed-out invocation as a function error and isolates the slow record", async () => {
    const queue = await failureQueue("slow-failures");
    const { out } = await pipeline(
      "slow",
      `if (datas.includes("slow")) await new Promise((resolve) => setTimeout(resolve, 60_000)); return null;`,
      {
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 0,
        DestinationConfig: { OnFailure: { Destination: queue.arn } },
      },
      { Timeout: 1 },
    );
    await putRecords(kinesis, "slow", [
      ["k", "a"],
      ["k", "slow"],
      ["k", "b"],
    ]);
    const failure = await receiveFailure(queue.url);
    expect(failure).toMatchObject({
      requestContext: { condition: "RetryAttemptsExhausted" },
      responseContext: { functionError: "Unhandled" },
      KinesisBatchInfo: { batchSize: 1 },
    });
    await eventually(() => (linesOf(out).length >= 5 ? true : undefined));
    expect(linesOf<string[]>(out)).toEqual([["a", "slow", "b"], ["a", "slow"], ["a"], ["slow"], ["b"]]);
  }, 30_000);

  it("treats a function that kills its own process as a function error and goes on after it", async () => {
    const queue = await failureQueue("exit-failures");
    const { out } = await pipeline("exits", `if (datas.includes("die")) process.exit(1); return null;`, {
      MaximumRetryAttempts: 1,
      DestinationConfig: { OnFailure: { Destination: queue.arn } },
    });
    const [sequence] = await putRecords(kinesis, "exits", [["k", "die"]]);
    const failure = await receiveFailure(queue.url);
    expect(failure).toMatchObject({
      requestContext: { condition: "RetryAttemptsExhausted", approximateInvokeCount: 2 },
      KinesisBatchInfo: { startSequenceNumber: sequence, batchSize: 1 },
    });
    await putRecords(kinesis, "exits", [["k", "after"]]);
    await eventually(seen(out, "after"));
    expect(linesOf<string[]>(out)).toEqual([["die"], ["die"], ["after"]]);
  });

  it("checkpoints before the lowest failed item of a partial batch response and retries from it", async () => {
    const { out } = await pipeline(
      "partial",
      `const mark = process.env.MARKS + "flaky";
  if (datas.includes("flaky") && !existsSync(mark)) {
    writeFileSync(mark, "");
    const failed = event.Records.filter((record, i) => datas[i] === "flaky" || datas[i] === "d");
    return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.kinesis.sequenceNumber })) };
  }
  return { batchItemFailures: [] };`,
      { FunctionResponseTypes: ["ReportBatchItemFailures"] },
    );
    await putRecords(kinesis, "partial", [
      ["k", "a"],
      ["k", "b"],
      ["k", "flaky"],
      ["k", "c"],
      ["k", "d"],
    ]);
    await eventually(() => (linesOf(out).length >= 2 ? true : undefined));
    await putRecords(kinesis, "partial", [["k", "e"]]);
    await eventually(seen(out, "e"));
    expect(linesOf<string[]>(out)).toEqual([["a", "b", "flaky", "c", "d"], ["flaky", "c", "d"], ["e"]]);
  });

  it("keeps each partition key in order across ParallelizationFactor batches of one shard", async () => {
    const { out } = await pipeline(
      "parallel",
      `await new Promise((resolve) => setTimeout(resolve, 5)); return null;`,
      { ParallelizationFactor: 4, BatchSize: 5 },
    );
    const keys = ["k0", "k1", "k2", "k3", "k4", "k5"];
    for (let round = 0; round < 4; round++) {
      await putRecords(
        kinesis,
        "parallel",
        keys.map((key) => [key, `${key}:${round}`] as const),
      );
    }
    await eventually(() => (flat(out).length >= keys.length * 4 ? true : undefined));
    const received = flat(out);
    expect(received).toHaveLength(keys.length * 4);
    for (const key of keys) {
      expect(received.filter((data) => data.startsWith(`${key}:`))).toEqual(
        [0, 1, 2, 3].map((r) => `${key}:${r}`),
      );
    }
  });

  it("runs the stack's own bundle through a mapping: events reach its logs, a record that is not JSON fails", async () => {
    const queue = await failureQueue("bundle-failures");
    const streamArn = await createStream(kinesis, "events");
    const bundle = bundleLambda("lambda-src/handler.ts");
    const zip = zipOf({ [BUNDLE_FILE]: readFileSync(path.join(bundle.directory, BUNDLE_FILE), "utf8") });
    await clients.createFunction("consumer", role, {
      Code: { ZipFile: zip },
      Timeout: 30,
      MemorySize: 256,
      Environment: {
        Variables: {
          POWERTOOLS_SERVICE_NAME: "eda-consumer",
          POWERTOOLS_METRICS_NAMESPACE: "Eda",
          POWERTOOLS_METRICS_DISABLED: "true",
          ACCEPTED_EVENT_TYPE_PREFIXES: "com.example.order.",
        },
      },
    });
    await clients.waitUntilActive("consumer");
    await createMapping(clients, {
      FunctionName: "consumer",
      EventSourceArn: streamArn,
      StartingPosition: "TRIM_HORIZON",
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: queue.arn } },
    });
    const sequences = await putRecords(kinesis, "events", [
      ["order-1", JSON.stringify(cloudEvent("evt-1", "com.example.order.created"))],
      ["order-2", "{not json"],
    ]);
    const failure = await receiveFailure(queue.url);
    expect(failure).toMatchObject({
      requestContext: { condition: "RetryAttemptsExhausted" },
      KinesisBatchInfo: { startSequenceNumber: sequences[1], endSequenceNumber: sequences[1], batchSize: 1 },
    });
    const logs = new CloudWatchLogsClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials: DEFAULT_CREDENTIALS,
    });
    try {
      const events = await eventually(async () => {
        const found = await logs.send(
          new FilterLogEventsCommand({ logGroupName: "/aws/lambda/consumer", filterPattern: '"evt-1"' }),
        );
        return found.events !== undefined && found.events.length > 0 ? found.events : undefined;
      });
      expect(events.map((event) => event.message).join("\n")).toContain("event processed");
    } finally {
      logs.destroy();
    }
  }, 60_000);
});

describe("Kinesis → Lambda across a crash of the emulator", () => {
  it("resumes from the last checkpoint after kill -9 mid-batch: the batch in flight is sent again, none skipped", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "eda-kinesis-mapping-crash-"));
    const out = path.join(dataDir, "received.jsonl");
    const hung = path.join(dataDir, "hung");
    let running = await startEmulatorProcess(dataDir);
    try {
      const crashClients = new LambdaClients(running);
      const crashKinesis = kinesisClient(running.url, "http1");
      const crashRole = await mappingRole(crashClients, "crash-role");
      const streamArn = await createStream(crashKinesis, "crash");
      await crashClients.createFunction("crash", crashRole, {
        Code: {
          ZipFile: zipOf({
            "index.mjs": recordingHandler(
              `if (datas.includes("b") && !existsSync(${JSON.stringify(hung)})) {
    writeFileSync(${JSON.stringify(hung)}, "");
    // Outlasts the crash that follows at once; the worker the crash orphans then ends by itself.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
  return null;`,
            ),
          }),
        },
        Timeout: 120,
        Environment: { Variables: { OUT: out } },
      });
      await crashClients.waitUntilActive("crash");
      await createMapping(crashClients, {
        FunctionName: "crash",
        EventSourceArn: streamArn,
        StartingPosition: "TRIM_HORIZON",
        BatchSize: 1,
      });
      await putRecords(crashKinesis, "crash", [
        ["k", "a"],
        ["k", "b"],
        ["k", "c"],
      ]);
      await eventually(seen(out, "b"));
      crashClients.destroy();
      crashKinesis.destroy();
      await running.crash();

      running = await startEmulatorProcess(dataDir);
      const afterKinesis = kinesisClient(running.url, "http1");
      try {
        await eventually(seen(out, "c"));
        await putRecords(afterKinesis, "crash", [["k", "d"]]);
        await eventually(seen(out, "d"));
      } finally {
        afterKinesis.destroy();
      }
      expect(linesOf<string[]>(out)).toEqual([["a"], ["b"], ["b"], ["c"], ["d"]]);
    } finally {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
