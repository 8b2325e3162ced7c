import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  GetLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import {
  CreateAliasCommand,
  InvokeCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import type { MetricDatum } from "../../emulator/core/metrics.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEFAULT_CREDENTIALS, failure } from "./support/iam-clients.js";
import { ECHO_ZIP, LambdaClients } from "./support/lambda.js";
import { fail, ScriptedExecutor, servicesWithExecutor, succeed } from "./support/lambda-executor-double.js";

const ACCOUNT = "000000000000";
const clock = new ManualClock(Date.UTC(2024, 0, 1));
const executor = new ScriptedExecutor();
const logLines: string[] = [];
let logs: CloudWatchLogsClient;
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
const metrics: MetricDatum[] = [];
let emulator: RunningEmulator;
let clients: LambdaClients;
let role: string;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    log: (line) => logLines.push(line),
    clock,
    services: servicesWithExecutor(executor),
  });
  logs = new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: DEFAULT_CREDENTIALS,
  });
  emulator.onMetric((datum) => metrics.push(datum));
  clients = new LambdaClients(emulator, { maxAttempts: 1 });
  role = await clients.role("invoke-role");
});

afterAll(async () => {
  clients.destroy();
  logs.destroy();
  await emulator.stop();
});

beforeEach(() => {
  executor.calls.length = 0;
  executor.script = succeed(null);
  metrics.length = 0;
});

async function activeFunction(name: string, extra: Record<string, unknown> = {}): Promise<void> {
  await clients.createFunction(name, role, { ...extra });
  clock.advance(1000);
}

function invoke(
  name: string,
  payload: unknown,
  extra: Partial<ConstructorParameters<typeof InvokeCommand>[0]> = {},
) {
  return clients.lambda.send(
    new InvokeCommand({ FunctionName: name, Payload: Buffer.from(JSON.stringify(payload)), ...extra }),
  );
}

describe("Invoke RequestResponse", () => {
  it("runs $LATEST with the function's configuration and the role's session, and answers its payload", async () => {
    await activeFunction("sync", {
      Environment: { Variables: { STAGE: "dev" } },
      MemorySize: 256,
      Timeout: 7,
    });
    executor.script = succeed({ ok: true });
    const out = await invoke("sync", { n: 1 });
    expect(out.StatusCode).toBe(200);
    expect(out.ExecutedVersion).toBe("$LATEST");
    expect(out.FunctionError).toBeUndefined();
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ ok: true });
    const [call] = executor.calls;
    expect(call?.spec).toMatchObject({
      functionName: "sync",
      version: "$LATEST",
      functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:sync:$LATEST`,
      runtime: "nodejs22.x",
      handler: "index.handler",
      memorySizeMb: 256,
      timeoutSeconds: 7,
      environment: { STAGE: "dev" },
      logGroup: "/aws/lambda/sync",
      logFormat: "Text",
    });
    expect(call?.spec.code()).toEqual(ECHO_ZIP);
    expect(JSON.parse(call?.request.payload.toString() ?? "")).toEqual({ n: 1 });
    const sts = new STSClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials: call?.request.credentials,
    });
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    sts.destroy();
    expect(identity.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/invoke-role/sync`);
    expect(call?.request.endpointUrl).toBe(emulator.url);
  });

  it("answers a function error with 200, X-Amz-Function-Error Unhandled and the error document", async () => {
    await activeFunction("throws");
    executor.script = fail("TypeError", "boom");
    const out = await invoke("throws", {});
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe("Unhandled");
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toMatchObject({
      errorType: "TypeError",
      errorMessage: "boom",
    });
  });

  it("returns the log tail as X-Amz-Log-Result when LogType is Tail, and asks the runtime for it", async () => {
    await activeFunction("tail");
    const tail = Buffer.from("START RequestId: x\n").toString("base64");
    executor.script = () => ({
      kind: "success",
      payload: Buffer.from("null"),
      usage: { durationMs: 1, billedDurationMs: 1, maxMemoryUsedMb: 1 },
      logTail: tail,
    });
    const out = await invoke("tail", {}, { LogType: "Tail" });
    expect(out.LogResult).toBe(tail);
    expect(executor.calls[0]?.request.tailLog).toBe(true);
  });

  it("runs the version an alias points at and reports it as the executed version", async () => {
    await activeFunction("aliased");
    await clients.lambda.send(new PublishVersionCommand({ FunctionName: "aliased" }));
    await clients.lambda.send(
      new CreateAliasCommand({ FunctionName: "aliased", Name: "live", FunctionVersion: "1" }),
    );
    const out = await invoke("aliased", {}, { Qualifier: "live" });
    expect(out.ExecutedVersion).toBe("1");
    expect(executor.calls[0]?.spec.functionArn).toBe(
      `arn:aws:lambda:us-east-1:${ACCOUNT}:function:aliased:1`,
    );
  });

  it("refuses to invoke a function that is still Pending", async () => {
    await clients.createFunction("early", role);
    expect(await failure(invoke("early", {}))).toMatchObject({
      name: "ResourceConflictException",
      status: 409,
    });
    clock.advance(1000);
  });

  it("DryRun checks the call and answers 204 without running anything", async () => {
    await activeFunction("dry");
    const out = await invoke("dry", {}, { InvocationType: "DryRun" });
    expect(out.StatusCode).toBe(204);
    expect(executor.calls).toHaveLength(0);
  });

  it("refuses a payload over 6 MB with RequestTooLargeException 413", async () => {
    await activeFunction("big");
    const payload = Buffer.from(JSON.stringify("x".repeat(6_291_456)));
    const call = clients.lambda.send(new InvokeCommand({ FunctionName: "big", Payload: payload }));
    expect(await failure(call)).toMatchObject({ name: "RequestTooLargeException", status: 413 });
  });

  it("refuses a payload that is not JSON with InvalidRequestContentException", async () => {
    await activeFunction("notjson");
    const call = clients.lambda.send(
      new InvokeCommand({ FunctionName: "notjson", Payload: Buffer.from("{nope") }),
    );
    expect(await failure(call)).toMatchObject({ name: "InvalidRequestContentException", status: 400 });
  });
});

describe("concurrency and throttling", () => {
  it("throttles a second concurrent call of a function with reserved concurrency 1 with TooManyRequestsException 429", async () => {
    await activeFunction("one-at-a-time");
    await clients.lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: "one-at-a-time", ReservedConcurrentExecutions: 1 }),
    );
    executor.hold();
    const first = invoke("one-at-a-time", {});
    await vi.waitFor(() => expect(executor.calls).toHaveLength(1));
    expect(await failure(invoke("one-at-a-time", {}))).toMatchObject({
      name: "TooManyRequestsException",
      status: 429,
      message: "Rate Exceeded.",
    });
    executor.release();
    expect((await first).StatusCode).toBe(200);
    expect((await invoke("one-at-a-time", {})).StatusCode).toBe(200);
    expect(
      metrics.filter((m) => m.name === "Throttles" && m.dimensions.FunctionName === "one-at-a-time"),
    ).toHaveLength(1);
  });

  it("throttles every call of a function with reserved concurrency 0", async () => {
    await activeFunction("stopped");
    await clients.lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: "stopped", ReservedConcurrentExecutions: 0 }),
    );
    expect(await failure(invoke("stopped", {}))).toMatchObject({ name: "TooManyRequestsException" });
    expect(executor.calls).toHaveLength(0);
  });
});

describe("metrics and logs", () => {
  it("records Invocations, Errors, Duration and ConcurrentExecutions in AWS/Lambda", async () => {
    await activeFunction("measured");
    executor.script = fail("Error", "no");
    await invoke("measured", {});
    const mine = metrics.filter(
      (m) => m.dimensions.FunctionName === "measured" && m.namespace === "AWS/Lambda",
    );
    const byName = Object.fromEntries(mine.map((m) => [m.name, m]));
    expect(byName.Invocations).toMatchObject({ value: 1, unit: "Count" });
    expect(byName.Errors).toMatchObject({ value: 1, unit: "Count" });
    expect(byName.Duration).toMatchObject({ value: 12.5, unit: "Milliseconds" });
    expect(byName.ConcurrentExecutions).toMatchObject({ value: 1, unit: "Count" });
  });

  it("creates the log group when the execution role may, and writes the runtime's lines to it", async () => {
    const loggingRole = await clients.role("logging-role");
    await clients.iam.send(
      new PutRolePolicyCommand({
        RoleName: "logging-role",
        PolicyName: "logs",
        PolicyDocument: LOGGING_POLICY,
      }),
    );
    await activeFunction("logged", { Role: loggingRole });
    await invoke("logged", {});
    const spec = executor.calls[0]?.spec;
    if (spec === undefined) throw new Error("not invoked");
    const stream = "2024/01/01/[$LATEST]abc";
    executor.events?.log(spec, stream, [{ timestamp: clock.now(), message: "START RequestId: r" }]);
    const events = await vi.waitFor(async () => {
      const out = await logs.send(
        new GetLogEventsCommand({ logGroupName: "/aws/lambda/logged", logStreamName: stream }),
      );
      if ((out.events ?? []).length === 0) throw new Error("no events yet");
      return out.events ?? [];
    });
    expect(events.map((event) => event.message)).toEqual(["START RequestId: r"]);
  });

  it("drops the lines when the log group is missing and the role may not create it, as Lambda does", async () => {
    await activeFunction("unlogged");
    await invoke("unlogged", {});
    const spec = executor.calls[0]?.spec;
    if (spec === undefined) throw new Error("not invoked");
    executor.events?.log(spec, "2024/01/01/[$LATEST]abc", [{ timestamp: clock.now(), message: "lost" }]);
    await vi.waitFor(() =>
      expect(logLines.some((line) => line.includes("logs of unlogged dropped"))).toBe(true),
    );
    // Said once for the group, not once per invocation.
    executor.events?.log(spec, "2024/01/01/[$LATEST]abc", [{ timestamp: clock.now(), message: "lost too" }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logLines.filter((line) => line.includes("logs of unlogged dropped"))).toHaveLength(1);
    const groups = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: "/aws/lambda/unlogged" }),
    );
    expect(groups.logGroups).toEqual([]);
  });
});
