import {
  AddPermissionCommand,
  CreateAliasCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  DeleteFunctionEventInvokeConfigCommand,
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  GetPolicyCommand,
  ListAliasesCommand,
  ListFunctionEventInvokeConfigsCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  RemovePermissionCommand,
  UpdateAliasCommand,
  UpdateFunctionEventInvokeConfigCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure } from "./support/iam-clients.js";
import { LambdaClients } from "./support/lambda.js";

const ACCOUNT = "000000000000";
const ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function`;
const clock = new ManualClock(Date.UTC(2024, 0, 1));
let emulator: RunningEmulator;
let clients: LambdaClients;
let role: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {}, clock });
  clients = new LambdaClients(emulator);
  role = await clients.role("fn-role");
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

/** A function, Active, with version 1 published. */
async function published(name: string): Promise<void> {
  await clients.createFunction(name, role);
  clock.advance(1000);
  await clients.lambda.send(new PublishVersionCommand({ FunctionName: name }));
}

describe("aliases", () => {
  it("creates, reads, updates, lists and deletes an alias with its ARN and RevisionId", async () => {
    await published("aliased");
    const created = await clients.lambda.send(
      new CreateAliasCommand({ FunctionName: "aliased", Name: "live", FunctionVersion: "1" }),
    );
    expect(created).toMatchObject({
      AliasArn: `${ARN}:aliased:live`,
      Name: "live",
      FunctionVersion: "1",
      Description: "",
    });
    const updated = await clients.lambda.send(
      new UpdateAliasCommand({
        FunctionName: "aliased",
        Name: "live",
        FunctionVersion: "$LATEST",
        Description: "d",
      }),
    );
    expect(updated.RevisionId).not.toBe(created.RevisionId);
    const read = await clients.lambda.send(new GetAliasCommand({ FunctionName: "aliased", Name: "live" }));
    expect(read).toMatchObject({
      FunctionVersion: "$LATEST",
      Description: "d",
      RevisionId: updated.RevisionId,
    });
    const listed = await clients.lambda.send(new ListAliasesCommand({ FunctionName: "aliased" }));
    expect(listed.Aliases?.map((alias) => alias.Name)).toEqual(["live"]);
    await clients.lambda.send(new DeleteAliasCommand({ FunctionName: "aliased", Name: "live" }));
    const gone = clients.lambda.send(new GetAliasCommand({ FunctionName: "aliased", Name: "live" }));
    expect(await failure(gone)).toMatchObject({
      name: "ResourceNotFoundException",
      status: 404,
      message: `Alias not found: ${ARN}:aliased:live`,
    });
  });

  it("refuses an alias to a version that does not exist, and a second alias of the same name", async () => {
    await published("pointed");
    const missing = clients.lambda.send(
      new CreateAliasCommand({ FunctionName: "pointed", Name: "x", FunctionVersion: "7" }),
    );
    expect(await failure(missing)).toMatchObject({ name: "ResourceNotFoundException", status: 404 });
    await clients.lambda.send(
      new CreateAliasCommand({ FunctionName: "pointed", Name: "x", FunctionVersion: "1" }),
    );
    const twice = clients.lambda.send(
      new CreateAliasCommand({ FunctionName: "pointed", Name: "x", FunctionVersion: "1" }),
    );
    expect(await failure(twice)).toMatchObject({ name: "ResourceConflictException", status: 409 });
  });

  it("reads a function through its alias, and refuses to delete a version an alias uses", async () => {
    await published("through");
    await clients.lambda.send(
      new CreateAliasCommand({ FunctionName: "through", Name: "prod", FunctionVersion: "1" }),
    );
    const read = await clients.lambda.send(new GetFunctionCommand({ FunctionName: "through:prod" }));
    expect(read.Configuration?.Version).toBe("1");
    const deletion = clients.lambda.send(
      new DeleteFunctionCommand({ FunctionName: "through", Qualifier: "1" }),
    );
    expect(await failure(deletion)).toMatchObject({
      name: "ResourceConflictException",
      message: "Unable to delete version because the following aliases reference it: [prod]",
    });
  });
});

describe("reserved concurrency", () => {
  it("puts, reads and deletes a function's reserved concurrency, and GetFunction reports it", async () => {
    await published("reserved");
    const put = await clients.lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: "reserved", ReservedConcurrentExecutions: 5 }),
    );
    expect(put.ReservedConcurrentExecutions).toBe(5);
    const read = await clients.lambda.send(new GetFunctionCommand({ FunctionName: "reserved" }));
    expect(read.Concurrency?.ReservedConcurrentExecutions).toBe(5);
    await clients.lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: "reserved" }));
    const after = await clients.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: "reserved" }));
    expect(after.ReservedConcurrentExecutions).toBeUndefined();
  });

  it("refuses a reservation that leaves the account fewer than 100 unreserved executions", async () => {
    await published("greedy");
    const put = clients.lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: "greedy", ReservedConcurrentExecutions: 901 }),
    );
    expect(await failure(put)).toMatchObject({
      name: "InvalidParameterValueException",
      message:
        "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    });
  });
});

describe("permissions", () => {
  it("adds statements in AWS's policy shape, reads the policy back and removes them", async () => {
    await published("permitted");
    const added = await clients.lambda.send(
      new AddPermissionCommand({
        FunctionName: "permitted",
        StatementId: "sns",
        Action: "lambda:InvokeFunction",
        Principal: "sns.amazonaws.com",
        SourceArn: `arn:aws:sns:us-east-1:${ACCOUNT}:topic`,
      }),
    );
    const statement: unknown = JSON.parse(added.Statement ?? "");
    expect(statement).toEqual({
      Sid: "sns",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Action: "lambda:InvokeFunction",
      Resource: `${ARN}:permitted`,
      Condition: { ArnLike: { "AWS:SourceArn": `arn:aws:sns:us-east-1:${ACCOUNT}:topic` } },
    });
    await clients.lambda.send(
      new AddPermissionCommand({
        FunctionName: "permitted",
        StatementId: "account",
        Action: "lambda:GetFunction",
        Principal: "111122223333",
      }),
    );
    const policy = await clients.lambda.send(new GetPolicyCommand({ FunctionName: "permitted" }));
    const document = JSON.parse(policy.Policy ?? "") as { Id: string; Statement: { Principal: unknown }[] };
    expect(document.Id).toBe("default");
    expect(document.Statement.map((s) => s.Principal)).toEqual([
      { Service: "sns.amazonaws.com" },
      { AWS: "arn:aws:iam::111122223333:root" },
    ]);
    await clients.lambda.send(new RemovePermissionCommand({ FunctionName: "permitted", StatementId: "sns" }));
    await clients.lambda.send(
      new RemovePermissionCommand({ FunctionName: "permitted", StatementId: "account" }),
    );
    const none = clients.lambda.send(new GetPolicyCommand({ FunctionName: "permitted" }));
    expect(await failure(none)).toMatchObject({
      name: "ResourceNotFoundException",
      message: "The resource you requested does not exist.",
    });
  });

  it("refuses a statement id that is already in the policy", async () => {
    await published("dup-sid");
    const add = () =>
      clients.lambda.send(
        new AddPermissionCommand({
          FunctionName: "dup-sid",
          StatementId: "s",
          Action: "lambda:*",
          Principal: "*",
        }),
      );
    await add();
    expect(await failure(add())).toMatchObject({ name: "ResourceConflictException", status: 409 });
  });

  it("keeps an alias's permissions apart from the function's", async () => {
    await published("per-alias");
    await clients.lambda.send(
      new CreateAliasCommand({ FunctionName: "per-alias", Name: "live", FunctionVersion: "1" }),
    );
    await clients.lambda.send(
      new AddPermissionCommand({
        FunctionName: "per-alias",
        Qualifier: "live",
        StatementId: "s",
        Action: "lambda:InvokeFunction",
        Principal: "events.amazonaws.com",
      }),
    );
    const policy = await clients.lambda.send(
      new GetPolicyCommand({ FunctionName: "per-alias", Qualifier: "live" }),
    );
    expect(policy.Policy).toContain(`"Resource":"${ARN}:per-alias:live"`);
    const unqualified = clients.lambda.send(new GetPolicyCommand({ FunctionName: "per-alias" }));
    expect(await failure(unqualified)).toMatchObject({ name: "ResourceNotFoundException" });
  });
});

describe("event invoke configs", () => {
  it("puts, updates, reads, lists and deletes a function's asynchronous settings", async () => {
    await published("async");
    const queue = `arn:aws:sqs:us-east-1:${ACCOUNT}:failures`;
    const put = await clients.lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: "async",
        MaximumRetryAttempts: 1,
        DestinationConfig: { OnFailure: { Destination: queue } },
      }),
    );
    expect(put).toMatchObject({
      FunctionArn: `${ARN}:async:$LATEST`,
      MaximumRetryAttempts: 1,
      DestinationConfig: { OnFailure: { Destination: queue }, OnSuccess: {} },
    });
    expect(put.LastModified).toEqual(new Date(clock.now()));
    const updated = await clients.lambda.send(
      new UpdateFunctionEventInvokeConfigCommand({ FunctionName: "async", MaximumEventAgeInSeconds: 600 }),
    );
    expect(updated).toMatchObject({ MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 600 });
    const read = await clients.lambda.send(
      new GetFunctionEventInvokeConfigCommand({ FunctionName: "async" }),
    );
    expect(read.DestinationConfig?.OnFailure?.Destination).toBe(queue);
    const listed = await clients.lambda.send(
      new ListFunctionEventInvokeConfigsCommand({ FunctionName: "async" }),
    );
    expect(listed.FunctionEventInvokeConfigs?.map((config) => config.FunctionArn)).toEqual([
      `${ARN}:async:$LATEST`,
    ]);
    await clients.lambda.send(new DeleteFunctionEventInvokeConfigCommand({ FunctionName: "async" }));
    const gone = clients.lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: "async" }));
    expect(await failure(gone)).toMatchObject({
      name: "ResourceNotFoundException",
      message: `The function ${ARN}:async:$LATEST doesn't have an EventInvokeConfig`,
    });
  });

  it("refuses a destination that is not a queue, topic, function or event bus", async () => {
    await published("bad-destination");
    const put = clients.lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: "bad-destination",
        DestinationConfig: { OnSuccess: { Destination: "arn:aws:s3:::bucket" } },
      }),
    );
    expect(await failure(put)).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
  });
});
