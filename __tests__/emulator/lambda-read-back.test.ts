import { GetFunctionConfigurationCommand } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { LambdaClients } from "./support/lambda.js";

/** What the AWS provider reads back after creating a function; any difference from what it sent is drift. */
let emulator: RunningEmulator;
let clients: LambdaClients;
let role: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  clients = new LambdaClients(emulator);
  role = await clients.role("read-back-role");
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

const configuration = (name: string) =>
  clients.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }));

describe("a function's configuration read back as it was created", () => {
  it("keeps the arm64 architecture CreateFunction was given", async () => {
    const created = await clients.createFunction("on-arm", role, { Architectures: ["arm64"] });
    expect(created.Architectures).toEqual(["arm64"]);
    expect((await configuration("on-arm")).Architectures).toEqual(["arm64"]);
  });
});
