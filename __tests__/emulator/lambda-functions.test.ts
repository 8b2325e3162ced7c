import { createHash } from "node:crypto";
import type { CreateFunctionCommand } from "@aws-sdk/client-lambda";
import {
  DeleteFunctionCommand,
  GetFunctionCodeSigningConfigCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  ListFunctionsCommand,
  ListTagsCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure } from "./support/iam-clients.js";
import { ECHO_ZIP, LambdaClients, zipOf } from "./support/lambda.js";

const ACCOUNT = "000000000000";
let emulator: RunningEmulator;
let clients: LambdaClients;
let role: string;
/** Time moves only when a test says so: Pending and InProgress last until `settle()`. */
const clock = new ManualClock(Date.UTC(2024, 0, 1));

function settle(): void {
  clock.advance(1000);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {}, clock });
  clients = new LambdaClients(emulator);
  role = await clients.role("fn-role");
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

function create(name: string, extra: Partial<ConstructorParameters<typeof CreateFunctionCommand>[0]> = {}) {
  return clients.createFunction(name, role, { ...extra });
}

describe("CreateFunction and GetFunction", () => {
  it("answers Pending with the package's CodeSha256 and CodeSize, then reads back Active", async () => {
    const created = await create("made");
    expect(created.State).toBe("Pending");
    expect(created.StateReasonCode).toBe("Creating");
    expect(created.LastUpdateStatus).toBe("InProgress");
    expect(created.CodeSha256).toBe(createHash("sha256").update(ECHO_ZIP).digest("base64"));
    expect(created.CodeSize).toBe(ECHO_ZIP.length);
    expect(created.FunctionArn).toBe(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:made`);
    expect(created.Version).toBe("$LATEST");
    expect(created.LastModified).toBe("2024-01-01T00:00:00.000+0000");
    const pending = await clients.lambda.send(new GetFunctionCommand({ FunctionName: "made" }));
    expect(pending.Configuration?.State).toBe("Pending");
    settle();
    const read = await clients.lambda.send(new GetFunctionCommand({ FunctionName: "made" }));
    expect(read.Configuration?.State).toBe("Active");
    expect(read.Configuration?.StateReason).toBeUndefined();
    expect(read.Configuration?.RevisionId).toBe(created.RevisionId);
    expect(read.Configuration?.CodeSha256).toBe(created.CodeSha256);
  });

  it("reads back Lambda's defaults for members the request left out", async () => {
    await create("defaults");
    const config = await clients.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: "defaults" }),
    );
    expect(config).toMatchObject({
      Description: "",
      Timeout: 3,
      MemorySize: 128,
      PackageType: "Zip",
      Architectures: ["x86_64"],
      EphemeralStorage: { Size: 512 },
      TracingConfig: { Mode: "PassThrough" },
      LoggingConfig: { LogFormat: "Text", LogGroup: "/aws/lambda/defaults" },
      Role: role,
      Runtime: "nodejs22.x",
      Handler: "index.handler",
    });
    expect(config.Environment).toBeUndefined();
  });

  it("finds a function by name, partial ARN and full ARN", async () => {
    await create("named");
    for (const name of [
      "named",
      `${ACCOUNT}:function:named`,
      `arn:aws:lambda:us-east-1:${ACCOUNT}:function:named`,
    ]) {
      const out = await clients.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
      expect(out.FunctionName).toBe("named");
    }
  });

  it("refuses a second function of the same name with ResourceConflictException 409", async () => {
    await create("twice");
    expect(await failure(create("twice"))).toMatchObject({
      name: "ResourceConflictException",
      status: 409,
      message: "Function already exist: twice",
    });
  });

  it("refuses a new function whose name carries a qualifier", async () => {
    expect(await failure(create("qualified:live"))).toMatchObject({
      name: "InvalidParameterValueException",
      status: 400,
    });
  });

  it("answers ResourceNotFoundException 404 naming the ARN for a missing function", async () => {
    expect(
      await failure(clients.lambda.send(new GetFunctionCommand({ FunctionName: "nobody" }))),
    ).toMatchObject({
      name: "ResourceNotFoundException",
      status: 404,
      message: `Function not found: arn:aws:lambda:us-east-1:${ACCOUNT}:function:nobody`,
    });
  });

  it("refuses a package that does not unzip", async () => {
    expect(await failure(create("badzip", { Code: { ZipFile: Buffer.from("not a zip") } }))).toMatchObject({
      name: "InvalidParameterValueException",
      status: 400,
      message: "Could not unzip uploaded file. Please check your file, then try to upload again.",
    });
  });

  it("refuses a runtime outside the model's enum with a ValidationException", async () => {
    const error = await failure(create("badruntime", { Runtime: "cobol85" as "nodejs22.x" }));
    expect(error).toMatchObject({ name: "ValidationException", status: 400 });
    expect(error.message).toContain("Value 'cobol85' at 'runtime' failed to satisfy constraint");
  });

  it("refuses a runtime AWS no longer accepts for new functions", async () => {
    expect(await failure(create("old", { Runtime: "nodejs12.x" }))).toMatchObject({
      name: "InvalidParameterValueException",
      message: expect.stringContaining(
        "The runtime parameter of nodejs12.x is no longer supported",
      ) as string,
    });
  });

  it("refuses a role that does not exist, or does not trust Lambda, with AWS's sentence", async () => {
    const otherTrust = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
    const ec2Role = await clients.role("ec2-role", otherTrust);
    for (const badRole of [`arn:aws:iam::${ACCOUNT}:role/missing`, ec2Role]) {
      expect(await failure(create("norole", { Role: badRole }))).toMatchObject({
        name: "InvalidParameterValueException",
        status: 400,
        message: "The role defined for the function cannot be assumed by Lambda.",
      });
    }
  });

  it("lists functions by name with their unqualified ARNs", async () => {
    const out = await clients.lambda.send(new ListFunctionsCommand({}));
    const names = (out.Functions ?? []).map((fn) => fn.FunctionName);
    expect(names).toEqual([...names].sort());
    expect(out.Functions?.find((fn) => fn.FunctionName === "named")?.FunctionArn).toBe(
      `arn:aws:lambda:us-east-1:${ACCOUNT}:function:named`,
    );
  });
});

describe("updates and versions", () => {
  it("UpdateFunctionCode changes CodeSha256 and RevisionId and goes InProgress then Successful", async () => {
    const created = await create("coded");
    settle();
    const zip = zipOf({ "index.mjs": "export const handler = async () => 2;\n" });
    const updated = await clients.lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: "coded", ZipFile: zip }),
    );
    expect(updated.LastUpdateStatus).toBe("InProgress");
    expect(updated.CodeSha256).toBe(createHash("sha256").update(zip).digest("base64"));
    expect(updated.RevisionId).not.toBe(created.RevisionId);
    settle();
  });

  it("refuses a change made against an old RevisionId with PreconditionFailedException 412", async () => {
    const created = await create("revised");
    settle();
    await clients.lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: "revised", Timeout: 10 }),
    );
    settle();
    const stale = clients.lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: "revised",
        Timeout: 20,
        RevisionId: created.RevisionId,
      }),
    );
    expect(await failure(stale)).toMatchObject({ name: "PreconditionFailedException", status: 412 });
  });

  it("refuses an update while the previous one is in progress with ResourceConflictException", async () => {
    await create("busy");
    settle();
    await clients.lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: "busy", MemorySize: 256 }),
    );
    const second = clients.lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: "busy", Timeout: 9 }),
    );
    expect(await failure(second)).toMatchObject({ name: "ResourceConflictException", status: 409 });
  });

  it("UpdateFunctionConfiguration reads back what was set and removes an emptied environment", async () => {
    await create("configured", { Environment: { Variables: { STAGE: "dev" } } });
    settle();
    const out = await clients.lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: "configured",
        Description: "d",
        MemorySize: 512,
        Environment: { Variables: {} },
      }),
    );
    expect(out).toMatchObject({ Description: "d", MemorySize: 512 });
    expect(out.Environment).toBeUndefined();
  });

  it("PublishVersion numbers versions, returns the same version when nothing changed, and lists them qualified", async () => {
    await create("versioned");
    settle();
    const first = await clients.lambda.send(new PublishVersionCommand({ FunctionName: "versioned" }));
    expect(first.Version).toBe("1");
    expect(first.FunctionArn).toBe(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:versioned:1`);
    const again = await clients.lambda.send(new PublishVersionCommand({ FunctionName: "versioned" }));
    expect(again.Version).toBe("1");
    const listed = await clients.lambda.send(
      new ListVersionsByFunctionCommand({ FunctionName: "versioned" }),
    );
    expect((listed.Versions ?? []).map((v) => v.FunctionArn)).toEqual([
      `arn:aws:lambda:us-east-1:${ACCOUNT}:function:versioned:$LATEST`,
      `arn:aws:lambda:us-east-1:${ACCOUNT}:function:versioned:1`,
    ]);
    const byQualifier = await clients.lambda.send(
      new GetFunctionCommand({ FunctionName: "versioned", Qualifier: "1" }),
    );
    expect(byQualifier.Configuration?.Version).toBe("1");
  });

  it("deletes one version with a qualifier and refuses to delete $LATEST alone", async () => {
    await create("pruned", { Publish: true });
    settle();
    await clients.lambda.send(new DeleteFunctionCommand({ FunctionName: "pruned", Qualifier: "1" }));
    const missing = clients.lambda.send(new GetFunctionCommand({ FunctionName: "pruned", Qualifier: "1" }));
    expect(await failure(missing)).toMatchObject({ name: "ResourceNotFoundException" });
    const latest = clients.lambda.send(
      new DeleteFunctionCommand({ FunctionName: "pruned", Qualifier: "$LATEST" }),
    );
    expect(await failure(latest)).toMatchObject({ name: "InvalidParameterValueException" });
    await clients.lambda.send(new DeleteFunctionCommand({ FunctionName: "pruned" }));
    const gone = clients.lambda.send(new GetFunctionCommand({ FunctionName: "pruned" }));
    expect(await failure(gone)).toMatchObject({ name: "ResourceNotFoundException", status: 404 });
  });
});

describe("tags and code signing", () => {
  it("tags, lists and untags a function, and GetFunction returns its tags", async () => {
    const created = await create("tagged", { Tags: { team: "events" } });
    const arn = created.FunctionArn ?? "";
    await clients.lambda.send(new TagResourceCommand({ Resource: arn, Tags: { env: "dev" } }));
    await clients.lambda.send(new UntagResourceCommand({ Resource: arn, TagKeys: ["team"] }));
    expect((await clients.lambda.send(new ListTagsCommand({ Resource: arn }))).Tags).toEqual({ env: "dev" });
    expect((await clients.lambda.send(new GetFunctionCommand({ FunctionName: "tagged" }))).Tags).toEqual({
      env: "dev",
    });
  });

  it("answers GetFunctionCodeSigningConfig with no configuration", async () => {
    await create("unsigned");
    const out = await clients.lambda.send(
      new GetFunctionCodeSigningConfigCommand({ FunctionName: "unsigned" }),
    );
    expect(out).toMatchObject({ CodeSigningConfigArn: "", FunctionName: "unsigned" });
  });
});
