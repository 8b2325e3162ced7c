import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { InvokeCommand, PutFunctionEventInvokeConfigCommand } from "@aws-sdk/client-lambda";
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEFAULT_CREDENTIALS } from "./support/iam-clients.js";
import { LambdaClients } from "./support/lambda.js";
import { fail, ScriptedExecutor, servicesWithExecutor, succeed } from "./support/lambda-executor-double.js";

const ACCOUNT = "000000000000";
const MINUTE = 60_000;

interface Harness {
  emulator: RunningEmulator;
  clients: LambdaClients;
  sqs: SQSClient;
  clock: ManualClock;
  executor: ScriptedExecutor;
}
const running: Harness[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const harness of running.splice(0)) await shutdown(harness);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(options: { dataDir?: string; clock?: ManualClock; executor?: ScriptedExecutor } = {}) {
  const clock = options.clock ?? new ManualClock(Date.UTC(2024, 0, 1));
  const executor = options.executor ?? new ScriptedExecutor();
  const emulator = await startEmulator({
    port: 0,
    log: () => {},
    clock,
    dataDir: options.dataDir,
    services: servicesWithExecutor(executor),
  });
  const clients = new LambdaClients(emulator);
  const sqs = new SQSClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: DEFAULT_CREDENTIALS,
  });
  const harness = { emulator, clients, sqs, clock, executor };
  running.push(harness);
  return harness;
}

async function shutdown(harness: Harness): Promise<void> {
  harness.clients.destroy();
  harness.sqs.destroy();
  await harness.emulator.stop();
}

/** A queue whose policy lets Lambda send it destination records on behalf of the account's functions. */
async function destinationQueue({ sqs }: Harness, name: string): Promise<{ url: string; arn: string }> {
  const arn = `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
  const policy = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "lambda.amazonaws.com" },
        Action: "sqs:SendMessage",
        Resource: arn,
      },
    ],
  });
  const out = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { Policy: policy } }));
  return { url: out.QueueUrl ?? "", arn };
}

async function receiveOne({ sqs }: Harness, url: string): Promise<Record<string, unknown>> {
  const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ["All"] }));
  const body = out.Messages?.[0]?.Body;
  if (body === undefined) throw new Error("no message");
  return JSON.parse(body) as Record<string, unknown>;
}

async function asyncFunction(
  harness: Harness,
  name: string,
  settings: Record<string, unknown>,
): Promise<void> {
  const role = await harness.clients.role(`${name}-role`);
  await harness.clients.createFunction(name, role);
  harness.clock.advance(1000);
  await harness.clients.lambda.send(
    new PutFunctionEventInvokeConfigCommand({ FunctionName: name, ...settings }),
  );
}

function invokeEvent(harness: Harness, name: string, payload: unknown) {
  return harness.clients.lambda.send(
    new InvokeCommand({
      FunctionName: name,
      InvocationType: "Event",
      Payload: Buffer.from(JSON.stringify(payload)),
    }),
  );
}

describe("asynchronous invocation", () => {
  it("answers 202 at once, runs the event, and sends an on-success record in AWS's format", async () => {
    const harness = await start();
    const queue = await destinationQueue(harness, "successes");
    await asyncFunction(harness, "ok", { DestinationConfig: { OnSuccess: { Destination: queue.arn } } });
    harness.executor.script = succeed({ done: 1 });
    const out = await invokeEvent(harness, "ok", { order: 7 });
    expect(out.StatusCode).toBe(202);
    harness.clock.advance(0);
    await vi.waitFor(() => expect(harness.executor.calls).toHaveLength(1));
    const record = await vi.waitFor(() => receiveOne(harness, queue.url));
    expect(record).toMatchObject({
      version: "1.0",
      requestContext: {
        functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:ok:$LATEST`,
        condition: "Success",
        approximateInvokeCount: 1,
      },
      requestPayload: { order: 7 },
      responseContext: { statusCode: 200, executedVersion: "$LATEST" },
      responsePayload: { done: 1 },
    });
  });

  it("retries a failing event twice, a minute and then two minutes later, then sends RetriesExhausted on failure", async () => {
    const harness = await start();
    const queue = await destinationQueue(harness, "failures");
    await asyncFunction(harness, "flaky", { DestinationConfig: { OnFailure: { Destination: queue.arn } } });
    harness.executor.script = fail("Error", "always");
    await invokeEvent(harness, "flaky", { n: 1 });
    harness.clock.advance(0);
    await vi.waitFor(() => expect(harness.executor.calls).toHaveLength(1));
    harness.clock.advance(MINUTE - 1);
    expect(harness.executor.calls).toHaveLength(1);
    harness.clock.advance(1);
    await vi.waitFor(() => expect(harness.executor.calls).toHaveLength(2));
    harness.clock.advance(2 * MINUTE);
    await vi.waitFor(() => expect(harness.executor.calls).toHaveLength(3));
    const record = await vi.waitFor(() => receiveOne(harness, queue.url));
    expect(record).toMatchObject({
      requestContext: { condition: "RetriesExhausted", approximateInvokeCount: 3 },
      responseContext: { statusCode: 200, functionError: "Unhandled" },
      responsePayload: { errorType: "Error", errorMessage: "always" },
    });
    harness.clock.advance(10 * MINUTE);
    expect(harness.executor.calls).toHaveLength(3);
  });

  it("tries a failing event only once with MaximumRetryAttempts 0", async () => {
    const harness = await start();
    const queue = await destinationQueue(harness, "once");
    await asyncFunction(harness, "once", {
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: queue.arn } },
    });
    harness.executor.script = fail("Error", "no");
    await invokeEvent(harness, "once", {});
    harness.clock.advance(0);
    const record = await vi.waitFor(() => receiveOne(harness, queue.url));
    expect(record).toMatchObject({
      requestContext: { condition: "RetriesExhausted", approximateInvokeCount: 1 },
    });
    expect(harness.executor.calls).toHaveLength(1);
  });

  it("drops an event older than MaximumEventAgeInSeconds with EventAgeExceeded instead of retrying it", async () => {
    const harness = await start();
    const queue = await destinationQueue(harness, "aged");
    await asyncFunction(harness, "aging", {
      MaximumEventAgeInSeconds: 90,
      DestinationConfig: { OnFailure: { Destination: queue.arn } },
    });
    harness.executor.script = fail("Error", "no");
    await invokeEvent(harness, "aging", {});
    harness.clock.advance(0);
    await vi.waitFor(() => expect(harness.executor.calls).toHaveLength(1));
    harness.clock.advance(MINUTE);
    await vi.waitFor(() => expect(harness.executor.calls).toHaveLength(2));
    harness.clock.advance(2 * MINUTE);
    const record = await vi.waitFor(() => receiveOne(harness, queue.url));
    expect(record).toMatchObject({ requestContext: { condition: "EventAgeExceeded" } });
    expect(harness.executor.calls).toHaveLength(2);
  });

  it("keeps a queued event across a restart with a data dir and runs it afterwards", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "eda-lambda-async-"));
    dirs.push(dataDir);
    const clock = new ManualClock(Date.UTC(2024, 0, 1));
    const first = await start({ dataDir, clock });
    await asyncFunction(first, "durable", {});
    await invokeEvent(first, "durable", { kept: true });
    expect(first.executor.calls).toHaveLength(0);
    expect((await first.emulator.service("lambda")).summary()).toEqual({
      [ACCOUNT]: { "us-east-1": { functions: 1, pendingInvocations: 1 } },
    });
    running.splice(running.indexOf(first), 1);
    await shutdown(first);
    const second = await start({ dataDir, clock });
    await second.emulator.service("lambda");
    clock.advance(0);
    await vi.waitFor(() => expect(second.executor.calls).toHaveLength(1));
    expect(JSON.parse(second.executor.calls[0]?.request.payload.toString() ?? "")).toEqual({ kept: true });
    await vi.waitFor(async () =>
      expect((await second.emulator.service("lambda")).summary()).toEqual({
        [ACCOUNT]: { "us-east-1": { functions: 1 } },
      }),
    );
  });

  it("sends a failed event itself to the function's dead-letter queue, with why it failed", async () => {
    const harness = await start();
    const dlq = await destinationQueue(harness, "dead-letters");
    const role = await harness.clients.role("dlq-role");
    await harness.clients.createFunction("dead", role, { DeadLetterConfig: { TargetArn: dlq.arn } });
    harness.clock.advance(1000);
    await harness.clients.lambda.send(
      new PutFunctionEventInvokeConfigCommand({ FunctionName: "dead", MaximumRetryAttempts: 0 }),
    );
    harness.executor.script = fail("Error", "gave up");
    await invokeEvent(harness, "dead", { id: 42 });
    harness.clock.advance(0);
    const message = await vi.waitFor(async () => {
      const out = await harness.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: dlq.url, MessageAttributeNames: ["All"] }),
      );
      const [first] = out.Messages ?? [];
      if (first === undefined) throw new Error("no message");
      return first;
    });
    expect(JSON.parse(message.Body ?? "")).toEqual({ id: 42 });
    expect(message.MessageAttributes?.ErrorMessage?.StringValue).toBe("gave up");
    expect(message.MessageAttributes?.RequestID?.StringValue).toBe(
      harness.executor.calls[0]?.request.requestId,
    );
  });
});
