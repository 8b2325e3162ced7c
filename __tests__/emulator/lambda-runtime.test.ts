import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CloudWatchLogsClient, FilterLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import {
  InvokeCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  type CreateFunctionCommandInput,
} from "@aws-sdk/client-lambda";
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { BUNDLE_FILE, bundleLambda } from "../../stacks/lambda-package.js";
import { cloudEvent, kinesisEvent, kinesisRecord, sequenceNumber } from "../lambda/kinesis-event.js";
import { DEFAULT_CREDENTIALS, failure } from "./support/iam-clients.js";
import { ECHO_ZIP, LambdaClients, zipOf } from "./support/lambda.js";

/** Real functions on the real runtime (worker processes behind the Runtime API), driven with the AWS SDK. */
let emulator: RunningEmulator;
let clients: LambdaClients;
let logs: CloudWatchLogsClient;
let sqs: SQSClient;
let role: string;
let scratch: string;

const LOGGING_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
      Resource: "*",
    },
  ],
});

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  clients = new LambdaClients(emulator, { maxAttempts: 1 });
  logs = new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: DEFAULT_CREDENTIALS,
  });
  sqs = new SQSClient({ endpoint: emulator.url, region: "us-east-1", credentials: DEFAULT_CREDENTIALS });
  role = await clients.role("runtime-role");
  await clients.iam.send(
    new PutRolePolicyCommand({
      RoleName: "runtime-role",
      PolicyName: "logs",
      PolicyDocument: LOGGING_POLICY,
    }),
  );
  scratch = mkdtempSync(path.join(tmpdir(), "eda-lambda-runtime-"));
});

afterAll(async () => {
  clients.destroy();
  logs.destroy();
  sqs.destroy();
  await emulator.stop();
  rmSync(scratch, { recursive: true, force: true });
});

async function deploy(
  name: string,
  zip: Buffer,
  extra: Partial<CreateFunctionCommandInput> = {},
): Promise<void> {
  await clients.createFunction(name, role, { Code: { ZipFile: zip }, ...extra });
  await clients.waitUntilActive(name);
}

function payloadOf(out: { Payload?: Uint8Array }): unknown {
  return JSON.parse(Buffer.from(out.Payload ?? []).toString("utf8"));
}

describe("Invoke on the real runtime", () => {
  it("runs a Node handler and answers what it returned", async () => {
    await deploy("echo", ECHO_ZIP);
    const out = await clients.lambda.send(
      new InvokeCommand({ FunctionName: "echo", Payload: Buffer.from(JSON.stringify({ n: 1 })) }),
    );
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBeUndefined();
    expect(payloadOf(out)).toEqual({ echoed: { n: 1 } });
  });

  it("answers a thrown error as Unhandled with the runtime's error document", async () => {
    const zip = zipOf({
      "index.mjs": "export const handler = async () => { throw new RangeError('too far'); };\n",
    });
    await deploy("thrower", zip);
    const out = await clients.lambda.send(new InvokeCommand({ FunctionName: "thrower" }));
    expect(out.FunctionError).toBe("Unhandled");
    expect(payloadOf(out)).toMatchObject({ errorType: "RangeError", errorMessage: "too far" });
  });

  it("returns the invocation's log tail with START, the function's line and REPORT", async () => {
    const zip = zipOf({
      "index.mjs": "export const handler = async () => { console.log('hello from tail'); return 1; };\n",
    });
    await deploy("tailed", zip);
    const out = await clients.lambda.send(new InvokeCommand({ FunctionName: "tailed", LogType: "Tail" }));
    const tail = Buffer.from(out.LogResult ?? "", "base64").toString("utf8");
    expect(tail).toContain("START RequestId:");
    expect(tail).toContain("hello from tail");
    expect(tail).toMatch(/REPORT RequestId: \S+\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms/);
  });

  it("writes the function's lines to its log group in CloudWatch Logs", async () => {
    const zip = zipOf({
      "index.mjs": "export const handler = async () => { console.log('into the group'); };\n",
    });
    await deploy("logged", zip);
    await clients.lambda.send(new InvokeCommand({ FunctionName: "logged" }));
    await vi.waitFor(async () => {
      const found = await logs.send(
        new FilterLogEventsCommand({ logGroupName: "/aws/lambda/logged", filterPattern: '"into the group"' }),
      );
      expect(found.events?.length).toBe(1);
    });
  });

  it("ends a function that runs past its timeout with Sandbox.Timedout and keeps serving", async () => {
    const zip = zipOf({
      "index.mjs": "export const handler = () => new Promise((resolve) => setTimeout(resolve, 60_000));\n",
    });
    await deploy("hangs", zip, { Timeout: 1 });
    const out = await clients.lambda.send(new InvokeCommand({ FunctionName: "hangs" }));
    expect(out.FunctionError).toBe("Unhandled");
    expect(payloadOf(out)).toMatchObject({ errorType: "Sandbox.Timedout" });
    const next = await clients.lambda.send(
      new InvokeCommand({ FunctionName: "echo", Payload: Buffer.from("1") }),
    );
    expect(payloadOf(next)).toEqual({ echoed: 1 });
  });

  it("answers a function that exits its process with Runtime.ExitError", async () => {
    const zip = zipOf({ "index.mjs": "export const handler = async () => process.exit(3);\n" });
    await deploy("exits", zip);
    const out = await clients.lambda.send(new InvokeCommand({ FunctionName: "exits" }));
    expect(out.FunctionError).toBe("Unhandled");
    expect(payloadOf(out)).toMatchObject({ errorType: "Runtime.ExitError" });
  });

  it("throttles a second call while the only reserved execution is busy, with TooManyRequestsException 429", async () => {
    const started = path.join(scratch, "started");
    const release = path.join(scratch, "release");
    const zip = zipOf({
      "index.mjs": `import { existsSync, writeFileSync } from "node:fs";
export const handler = async () => {
  writeFileSync(${JSON.stringify(started)}, "");
  while (!existsSync(${JSON.stringify(release)})) await new Promise((resolve) => setTimeout(resolve, 10));
  return "done";
};
`,
    });
    await deploy("single", zip, { Timeout: 60 });
    await clients.lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: "single", ReservedConcurrentExecutions: 1 }),
    );
    const first = clients.lambda.send(new InvokeCommand({ FunctionName: "single" }));
    await vi.waitFor(() => expect(existsSync(started)).toBe(true), { timeout: 30_000 });
    expect(await failure(clients.lambda.send(new InvokeCommand({ FunctionName: "single" })))).toMatchObject({
      name: "TooManyRequestsException",
      status: 429,
    });
    writeFileSync(release, "");
    expect(payloadOf(await first)).toBe("done");
  });

  it("runs an asynchronous event and sends its failure to the on-failure queue", async () => {
    const zip = zipOf({
      "index.mjs": "export const handler = async (event) => { throw new Error(`bad ${event.id}`); };\n",
    });
    await deploy("async-fails", zip);
    const queueArn = "arn:aws:sqs:us-east-1:000000000000:runtime-failures";
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "lambda.amazonaws.com" },
          Action: "sqs:SendMessage",
          Resource: queueArn,
        },
      ],
    });
    const queue = await sqs.send(
      new CreateQueueCommand({ QueueName: "runtime-failures", Attributes: { Policy: policy } }),
    );
    await clients.lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: "async-fails",
        MaximumRetryAttempts: 0,
        DestinationConfig: { OnFailure: { Destination: queueArn } },
      }),
    );
    const out = await clients.lambda.send(
      new InvokeCommand({
        FunctionName: "async-fails",
        InvocationType: "Event",
        Payload: Buffer.from('{"id":7}'),
      }),
    );
    expect(out.StatusCode).toBe(202);
    const body = await vi.waitFor(
      async () => {
        const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.QueueUrl }));
        const message = received.Messages?.[0]?.Body;
        if (message === undefined) throw new Error("nothing yet");
        return JSON.parse(message) as unknown;
      },
      { timeout: 30_000 },
    );
    expect(body).toMatchObject({
      requestContext: { condition: "RetriesExhausted", approximateInvokeCount: 1 },
      requestPayload: { id: 7 },
      responseContext: { functionError: "Unhandled" },
      responsePayload: { errorType: "Error", errorMessage: "bad 7" },
    });
  });

  it("runs the stack's own bundle on a Kinesis-shaped event and reports the record that is not JSON", async () => {
    const bundle = bundleLambda("lambda-src/handler.ts");
    const zip = zipOf({ [BUNDLE_FILE]: readFileSync(path.join(bundle.directory, BUNDLE_FILE), "utf8") });
    await deploy("consumer", zip, {
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
    const event = kinesisEvent(
      kinesisRecord(sequenceNumber(1), cloudEvent("a", "com.example.order.created")),
      kinesisRecord(sequenceNumber(2), "{not json"),
    );
    const out = await clients.lambda.send(
      new InvokeCommand({ FunctionName: "consumer", Payload: Buffer.from(JSON.stringify(event)) }),
    );
    expect(out.FunctionError).toBeUndefined();
    expect(payloadOf(out)).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumber(2) }] });
  });
});
