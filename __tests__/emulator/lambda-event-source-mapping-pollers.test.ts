import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DeleteRolePolicyCommand, PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { CreateStreamCommand, KinesisClient } from "@aws-sdk/client-kinesis";
import {
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  DeleteFunctionCommand,
  GetEventSourceMappingCommand,
  UpdateEventSourceMappingCommand,
} from "@aws-sdk/client-lambda";
import { CreateTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import type {
  MappingSettings,
  PollerHost,
  PollerKind,
  SourcePoller,
} from "../../emulator/services/lambda/mappings/poller.js";
import { DEFAULT_CREDENTIALS } from "./support/iam-clients.js";
import { LambdaClients } from "./support/lambda.js";
import { fail, ScriptedExecutor, servicesWithExecutor, succeed } from "./support/lambda-executor-double.js";

const ACCOUNT = "000000000000";
const REGION = "us-east-1";
const STREAM_ARN = `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/orders`;
const QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:jobs`;
const FAILURES_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:failures`;
const FAILURES_TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:failures-topic`;

const READER_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["kinesis:*", "sqs:*", "sns:Publish"], Resource: "*" }],
});

/** A poller kind that polls nothing: it records what the manager asks of it and keeps the host it was given. */
class RecordingKind implements PollerKind {
  readonly calls: string[] = [];
  host: PollerHost | undefined;
  settings: MappingSettings | undefined;

  constructor(readonly service: "kinesis" | "sqs") {}

  start(settings: MappingSettings, host: PollerHost): SourcePoller {
    this.host = host;
    this.settings = settings;
    this.calls.push(`start ${settings.config.BatchSize}`);
    return {
      update: (next) => {
        this.settings = next;
        this.calls.push(`update ${next.config.BatchSize}`);
      },
      stop: () => {
        this.calls.push("stop");
        return Promise.resolve();
      },
    };
  }

  forget(uuid: string): void {
    this.calls.push(`forget ${uuid}`);
  }
}

interface Harness {
  emulator: RunningEmulator;
  clients: LambdaClients;
  sqs: SQSClient;
  clock: ManualClock;
  executor: ScriptedExecutor;
  kinds: { kinesis: RecordingKind; sqs: RecordingKind };
}

async function startHarness(dataDir?: string): Promise<Harness> {
  const clock = new ManualClock(Date.UTC(2024, 0, 1));
  const executor = new ScriptedExecutor();
  const kinds = { kinesis: new RecordingKind("kinesis"), sqs: new RecordingKind("sqs") };
  const emulator = await startEmulator({
    port: 0,
    log: () => {},
    clock,
    dataDir,
    services: servicesWithExecutor(executor, [kinds.kinesis, kinds.sqs]),
  });
  const clients = new LambdaClients(emulator);
  const sqs = new SQSClient({ endpoint: emulator.url, region: REGION, credentials: DEFAULT_CREDENTIALS });
  return { emulator, clients, sqs, clock, executor, kinds };
}

async function stopHarness(h: Harness): Promise<void> {
  h.clients.destroy();
  h.sqs.destroy();
  await h.emulator.stop();
}

async function provision(h: Harness): Promise<void> {
  const role = await h.clients.role("reader");
  await h.clients.iam.send(
    new PutRolePolicyCommand({ RoleName: "reader", PolicyName: "read", PolicyDocument: READER_POLICY }),
  );
  await h.clients.createFunction("consumer", role);
  const kinesis = new KinesisClient({
    endpoint: h.emulator.url,
    region: REGION,
    credentials: DEFAULT_CREDENTIALS,
  });
  await kinesis.send(new CreateStreamCommand({ StreamName: "orders", ShardCount: 1 }));
  kinesis.destroy();
  for (const QueueName of ["jobs", "failures"]) await h.sqs.send(new CreateQueueCommand({ QueueName }));
  h.clock.advance(1000);
}

/** Lets the manager's stop-then-forget chain run. */
function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await provision(h);
});

afterEach(() => stopHarness(h));

async function createQueueMapping(enabled = true): Promise<string> {
  const created = await h.clients.lambda.send(
    new CreateEventSourceMappingCommand({
      FunctionName: "consumer",
      EventSourceArn: QUEUE_ARN,
      Enabled: enabled,
    }),
  );
  return created.UUID ?? "";
}

describe("the poller manager", () => {
  it("starts a poller once the mapping settles Enabled, not while it is Creating", async () => {
    await createQueueMapping();
    expect(h.kinds.sqs.calls).toEqual([]);
    h.clock.advance(1000);
    expect(h.kinds.sqs.calls).toEqual(["start 10"]);
    expect(h.kinds.sqs.settings?.config).toMatchObject({ EventSourceArn: QUEUE_ARN, State: "Enabled" });
  });

  it("never starts a poller for a mapping created disabled", async () => {
    await createQueueMapping(false);
    h.clock.advance(1000);
    expect(h.kinds.sqs.calls).toEqual([]);
  });

  it("hands the poller settled updates, stops it on disable, restarts it on enable, and forgets on delete", async () => {
    const UUID = await createQueueMapping();
    h.clock.advance(1000);
    const { lambda } = h.clients;
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID, BatchSize: 5 }));
    h.clock.advance(1000);
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: false }));
    h.clock.advance(1000);
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: true }));
    h.clock.advance(1000);
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID }));
    await flush();
    expect(h.kinds.sqs.calls).toEqual(["start 10", "update 5", "stop", "start 5", "stop", `forget ${UUID}`]);
  });

  it("stops and forgets every poller on POST /_eda/reset, and the mappings are gone", async () => {
    const UUID = await createQueueMapping();
    h.clock.advance(1000);
    expect((await fetch(`${h.emulator.url}/_eda/reset`, { method: "POST" })).status).toBe(200);
    await flush();
    expect(h.kinds.sqs.calls).toEqual(["start 10", "stop", `forget ${UUID}`]);
    expect((await h.emulator.service("lambda")).summary()).toEqual({});
  });

  it("restarts the pollers of stored Enabled mappings when the emulator starts again", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "eda-esm-pollers-"));
    try {
      const first = await startHarness(dataDir);
      await provision(first);
      const created = await first.clients.lambda.send(
        new CreateEventSourceMappingCommand({ FunctionName: "consumer", EventSourceArn: QUEUE_ARN }),
      );
      first.clock.advance(1000);
      await stopHarness(first);
      expect(first.kinds.sqs.calls).toEqual(["start 10", "stop"]);
      const second = await startHarness(dataDir);
      try {
        expect(second.kinds.sqs.calls).toEqual(["start 10"]);
        expect(second.kinds.sqs.settings?.config.UUID).toBe(created.UUID);
      } finally {
        await stopHarness(second);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("the poller host", () => {
  async function runningHost(): Promise<{ host: PollerHost; settings: MappingSettings; UUID: string }> {
    const UUID = await createQueueMapping();
    h.clock.advance(1000);
    const { host, settings } = h.kinds.sqs;
    if (host === undefined || settings === undefined) throw new Error("no poller was started");
    return { host, settings, UUID };
  }

  it("invokes the function synchronously and hands back its response", async () => {
    const { host, settings } = await runningHost();
    h.executor.script = succeed({ batchItemFailures: [] });
    const result = await host.invoke(settings, Buffer.from('{"Records":[]}'), new AbortController().signal);
    expect(result).toEqual({ kind: "success", payload: Buffer.from('{"batchItemFailures":[]}') });
    expect(h.executor.calls.at(-1)?.request.payload.toString()).toBe('{"Records":[]}');
  });

  it("reports a function error with the runtime's error type", async () => {
    const { host, settings } = await runningHost();
    h.executor.script = fail("TypeError", "boom");
    const result = await host.invoke(settings, Buffer.from("{}"), new AbortController().signal);
    expect(result).toMatchObject({ kind: "function-error", errorType: "TypeError" });
  });

  it("reports FunctionNotFound, not an invocation, once the function is deleted", async () => {
    const { host, settings } = await runningHost();
    await h.clients.lambda.send(new DeleteFunctionCommand({ FunctionName: "consumer" }));
    const result = await host.invoke(settings, Buffer.from("{}"), new AbortController().signal);
    expect(result).toMatchObject({ kind: "not-invoked", reason: "FunctionNotFound" });
  });

  it("reports Stopped without invoking when the poller's signal is already aborted", async () => {
    const { host, settings } = await runningHost();
    const controller = new AbortController();
    controller.abort();
    const before = h.executor.calls.length;
    const result = await host.invoke(settings, Buffer.from("{}"), controller.signal);
    expect(result).toMatchObject({ kind: "not-invoked", reason: "Stopped" });
    expect(h.executor.calls).toHaveLength(before);
  });

  it("sets LastProcessingResult as GetEventSourceMapping reads it", async () => {
    const { host, UUID } = await runningHost();
    host.reportProcessingResult(UUID, "OK");
    const read = await h.clients.lambda.send(new GetEventSourceMappingCommand({ UUID }));
    expect(read.LastProcessingResult).toBe("OK");
  });

  async function streamMappingWithDestination(
    destination = FAILURES_ARN,
  ): Promise<{ host: PollerHost; settings: MappingSettings }> {
    await h.clients.lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: "consumer",
        EventSourceArn: STREAM_ARN,
        StartingPosition: "LATEST",
        DestinationConfig: { OnFailure: { Destination: destination } },
      }),
    );
    h.clock.advance(1000);
    const { host, settings } = h.kinds.kinesis;
    if (host === undefined || settings === undefined) throw new Error("no poller was started");
    return { host, settings };
  }

  it("sends a failure record to the on-failure queue with the execution role's permissions", async () => {
    const { host, settings } = await streamMappingWithDestination();
    expect(
      await host.sendToOnFailureDestination(settings, {
        requestContext: { condition: "RetryAttemptsExhausted" },
      }),
    ).toBeUndefined();
    const QueueUrl = `${h.emulator.url}/${ACCOUNT}/failures`;
    const received = await h.sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    expect(received.Messages?.map((m): unknown => JSON.parse(m.Body ?? ""))).toEqual([
      { requestContext: { condition: "RetryAttemptsExhausted" } },
    ]);
  });

  it("does not deliver a failure record once the role may no longer send to the queue", async () => {
    const { host, settings } = await streamMappingWithDestination();
    await h.clients.iam.send(new DeleteRolePolicyCommand({ RoleName: "reader", PolicyName: "read" }));
    const refused = await host.sendToOnFailureDestination(settings, { failed: true });
    expect(refused).toContain(FAILURES_ARN);
  });

  it("publishes a failure record to an on-failure topic as the execution role, refused once the role may not", async () => {
    const sns = new SNSClient({ endpoint: h.emulator.url, region: REGION, credentials: DEFAULT_CREDENTIALS });
    // A topic policy without the default owner statement: only the role's own permissions can let it publish.
    const onlyAlarms = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "cloudwatch.amazonaws.com" },
          Action: "sns:Publish",
          Resource: FAILURES_TOPIC_ARN,
        },
      ],
    });
    await sns.send(new CreateTopicCommand({ Name: "failures-topic", Attributes: { Policy: onlyAlarms } }));
    sns.destroy();
    const { host, settings } = await streamMappingWithDestination(FAILURES_TOPIC_ARN);
    expect(await host.sendToOnFailureDestination(settings, { failed: true })).toBeUndefined();
    await h.clients.iam.send(new DeleteRolePolicyCommand({ RoleName: "reader", PolicyName: "read" }));
    expect(await host.sendToOnFailureDestination(settings, { failed: true })).toContain("failures-topic");
  });
});
