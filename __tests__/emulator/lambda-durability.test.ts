import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  GetLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import {
  AddPermissionCommand,
  CreateAliasCommand,
  GetAliasCommand,
  GetFunctionCommand,
  GetPolicyCommand,
  InvokeCommand,
  ListVersionsByFunctionCommand,
} from "@aws-sdk/client-lambda";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEFAULT_CREDENTIALS } from "./support/iam-clients.js";
import { LambdaClients } from "./support/lambda.js";
import { ScriptedExecutor, servicesWithExecutor, succeed } from "./support/lambda-executor-double.js";

const dirs: string[] = [];
const running: { emulator: RunningEmulator; clients: LambdaClients }[] = [];

afterEach(async () => {
  for (const { emulator, clients } of running.splice(0)) {
    clients.destroy();
    await emulator.stop();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string, clock: ManualClock, executor?: ScriptedExecutor) {
  const services = executor === undefined ? undefined : servicesWithExecutor(executor);
  const emulator = await startEmulator({ port: 0, log: () => {}, clock, dataDir, services });
  const clients = new LambdaClients(emulator);
  running.push({ emulator, clients });
  return { emulator, clients };
}

async function stop(emulator: RunningEmulator): Promise<void> {
  const index = running.findIndex((entry) => entry.emulator === emulator);
  const [entry] = running.splice(index, 1);
  entry?.clients.destroy();
  await emulator.stop();
}

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "eda-lambda-durable-"));
  dirs.push(dir);
  return dir;
}

describe("Lambda with a data dir", () => {
  it("keeps functions, versions, aliases and permissions across a restart, read back unchanged", async () => {
    const dir = dataDir();
    const clock = new ManualClock(Date.UTC(2024, 0, 1));
    const first = await start(dir, clock);
    const role = await first.clients.role("durable-role");
    await first.clients.createFunction("kept", role, {
      Publish: true,
      Environment: { Variables: { STAGE: "dev" } },
    });
    clock.advance(1000);
    const lambda = first.clients.lambda;
    await lambda.send(new CreateAliasCommand({ FunctionName: "kept", Name: "live", FunctionVersion: "1" }));
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: "kept",
        StatementId: "s",
        Action: "lambda:*",
        Principal: "*",
      }),
    );
    const before = await lambda.send(new GetFunctionCommand({ FunctionName: "kept" }));
    const policyBefore = await lambda.send(new GetPolicyCommand({ FunctionName: "kept" }));
    await stop(first.emulator);

    const second = await start(dir, clock);
    const after = await second.clients.lambda.send(new GetFunctionCommand({ FunctionName: "kept" }));
    expect(after.Configuration).toEqual(before.Configuration);
    const versions = await second.clients.lambda.send(
      new ListVersionsByFunctionCommand({ FunctionName: "kept" }),
    );
    expect(versions.Versions?.map((v) => v.Version)).toEqual(["$LATEST", "1"]);
    const alias = await second.clients.lambda.send(
      new GetAliasCommand({ FunctionName: "kept", Name: "live" }),
    );
    expect(alias.FunctionVersion).toBe("1");
    const policyAfter = await second.clients.lambda.send(new GetPolicyCommand({ FunctionName: "kept" }));
    expect(policyAfter.Policy).toBe(policyBefore.Policy);
    expect((await second.emulator.service("lambda")).summary()).toEqual({
      "000000000000": { "us-east-1": { functions: 1, versions: 1, aliases: 1 } },
    });
  });

  it("settles a function that was still Pending when the emulator stopped", async () => {
    const dir = dataDir();
    const clock = new ManualClock(Date.UTC(2024, 0, 1));
    const first = await start(dir, clock);
    const role = await first.clients.role("pending-role");
    const created = await first.clients.createFunction("pending", role);
    expect(created.State).toBe("Pending");
    await stop(first.emulator);
    const second = await start(dir, clock);
    const restored = await second.clients.lambda.send(new GetFunctionCommand({ FunctionName: "pending" }));
    expect(restored.Configuration?.State).toBe("Pending");
    clock.advance(1000);
    const settled = await second.clients.lambda.send(new GetFunctionCommand({ FunctionName: "pending" }));
    expect(settled.Configuration?.State).toBe("Active");
  });

  it("forgets every function on reset, on disk too", async () => {
    const dir = dataDir();
    const clock = new ManualClock(Date.UTC(2024, 0, 1));
    const first = await start(dir, clock);
    const role = await first.clients.role("reset-role");
    await first.clients.createFunction("reset", role);
    const lambda = await first.emulator.service("lambda");
    await lambda.reset();
    expect(lambda.summary()).toEqual({});
    await stop(first.emulator);
    const second = await start(dir, clock);
    expect((await second.emulator.service("lambda")).summary()).toEqual({});
  });
});

describe("Lambda's logs with a data dir", () => {
  it("writes the lines a function sent just before the emulator stopped, before the store closes", async () => {
    const dir = dataDir();
    const clock = new ManualClock(Date.UTC(2024, 0, 1));
    const executor = new ScriptedExecutor();
    executor.script = succeed(null);
    const first = await start(dir, clock, executor);
    const role = await first.clients.role("logging-role");
    await first.clients.iam.send(
      new PutRolePolicyCommand({
        RoleName: "logging-role",
        PolicyName: "logs",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "logs:*", Resource: "*" }],
        }),
      }),
    );
    await first.clients.createFunction("last-words", role);
    clock.advance(1000);
    const logs = new CloudWatchLogsClient({
      endpoint: first.emulator.url,
      region: "us-east-1",
      credentials: DEFAULT_CREDENTIALS,
    });
    await logs.send(new DescribeLogGroupsCommand({}));
    logs.destroy();
    await first.clients.lambda.send(new InvokeCommand({ FunctionName: "last-words", Payload: "{}" }));
    const spec = executor.calls[0]?.spec;
    if (spec === undefined) throw new Error("not invoked");
    const stream = "2024/01/01/[$LATEST]last";
    executor.events?.log(spec, stream, [{ timestamp: clock.now(), message: "END RequestId: r" }]);
    await stop(first.emulator);

    const second = await start(dir, clock);
    const reader = new CloudWatchLogsClient({
      endpoint: second.emulator.url,
      region: "us-east-1",
      credentials: DEFAULT_CREDENTIALS,
    });
    const read = await reader.send(
      new GetLogEventsCommand({ logGroupName: "/aws/lambda/last-words", logStreamName: stream }),
    );
    reader.destroy();
    expect((read.events ?? []).map((event) => event.message)).toEqual(["END RequestId: r"]);
  });
});
