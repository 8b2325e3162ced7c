import {
  AddPermissionCommand,
  InvokeCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
} from "@aws-sdk/client-lambda";
import { AssumeRoleCommand } from "@aws-sdk/client-sts";
import { CreateRoleCommand, PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure, IamClients, trustPolicy, type Credentials } from "./support/iam-clients.js";
import { LambdaClients } from "./support/lambda.js";
import { ScriptedExecutor, servicesWithExecutor } from "./support/lambda-executor-double.js";

const ACCOUNT = "000000000000";
const FUNCTION_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:guarded`;
const clock = new ManualClock(Date.UTC(2024, 0, 1));
let emulator: RunningEmulator;
let owner: LambdaClients;
let iamClients: IamClients;
const made: LambdaClient[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    log: () => {},
    clock,
    enforceIam: true,
    services: servicesWithExecutor(new ScriptedExecutor()),
  });
  owner = new LambdaClients(emulator, { maxAttempts: 1 });
  iamClients = new IamClients(emulator);
  const role = await owner.role("guarded-role");
  await owner.createFunction("guarded", role);
  clock.advance(1000);
});

afterAll(async () => {
  for (const client of made) client.destroy();
  owner.destroy();
  iamClients.destroy();
  await emulator.stop();
});

function lambdaAs(credentials: Credentials): LambdaClient {
  const client = new LambdaClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials,
    maxAttempts: 1,
  });
  made.push(client);
  return client;
}

/** A session of a role in the function's account whose only policy allows `action` (on the function). */
async function sessionAllowing(name: string, action: string, resource = FUNCTION_ARN): Promise<Credentials> {
  const iam = iamClients.iam();
  await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trustPolicy(ACCOUNT) }));
  const document = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: action, Resource: resource }],
  });
  await iam.send(
    new PutRolePolicyCommand({ RoleName: name, PolicyName: "inline", PolicyDocument: document }),
  );
  const { Credentials } = await iamClients
    .sts()
    .send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/${name}`, RoleSessionName: "session" }),
    );
  return {
    accessKeyId: Credentials?.AccessKeyId ?? "",
    secretAccessKey: Credentials?.SecretAccessKey ?? "",
    sessionToken: Credentials?.SessionToken,
  };
}

describe("Lambda under --enforce-iam", () => {
  it("lets a role whose policy allows lambda:InvokeFunction on the function invoke it", async () => {
    const client = lambdaAs(await sessionAllowing("invoker", "lambda:InvokeFunction"));
    expect((await client.send(new InvokeCommand({ FunctionName: "guarded" }))).StatusCode).toBe(200);
  });

  it("refuses Invoke to a role allowed only lambda:GetFunction, with AccessDeniedException 403", async () => {
    const client = lambdaAs(await sessionAllowing("reader", "lambda:GetFunction"));
    expect(await failure(client.send(new InvokeCommand({ FunctionName: "guarded" })))).toMatchObject({
      name: "AccessDeniedException",
      status: 403,
    });
  });

  it("lets a role allowed lambda:ListEventSourceMappings list mappings, and refuses one that is not", async () => {
    const lister = lambdaAs(await sessionAllowing("lister", "lambda:ListEventSourceMappings", "*"));
    expect((await lister.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings).toEqual([]);
    const invoker = lambdaAs(await sessionAllowing("only-invoker", "lambda:InvokeFunction"));
    expect(await failure(invoker.send(new ListEventSourceMappingsCommand({})))).toMatchObject({
      name: "AccessDeniedException",
      status: 403,
    });
  });

  it("lets another account invoke the function only once the function's policy names that account", async () => {
    const other = lambdaAs({ accessKeyId: "111111111111", secretAccessKey: "x" });
    const invoke = () => other.send(new InvokeCommand({ FunctionName: FUNCTION_ARN }));
    expect(await failure(invoke())).toMatchObject({ name: "AccessDeniedException", status: 403 });
    await owner.lambda.send(
      new AddPermissionCommand({
        FunctionName: "guarded",
        StatementId: "other-account",
        Action: "lambda:InvokeFunction",
        Principal: "111111111111",
      }),
    );
    expect((await invoke()).StatusCode).toBe(200);
  });
});
