import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { PATH_AWS_CLI, runCli } from "./support/cli-transport.js";

/** The AWS CLI v1 (botocore decodes IAM's URL-encoded policy documents into JSON objects). */
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  await emulator.stop();
});

async function aws(
  ...args: string[]
): Promise<{ json: Record<string, unknown>; stderr: string; exitCode: number }> {
  const run = await runCli(PATH_AWS_CLI, ["--endpoint-url", emulator.url, "--output", "json", ...args]);
  return {
    json: run.stdout.trim() === "" ? {} : (JSON.parse(run.stdout) as Record<string, unknown>),
    stderr: run.stderr,
    exitCode: run.exitCode,
  };
}

const TRUST = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
};
const POLICY = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "*" }],
};

describe("aws iam and sts (CLI v1)", () => {
  it("creates and reads a role, its trust policy decoded by the CLI", async () => {
    const created = await aws(
      "iam",
      "create-role",
      "--role-name",
      "cli-role",
      "--assume-role-policy-document",
      JSON.stringify(TRUST),
    );
    expect(created.exitCode).toBe(0);
    const read = await aws("iam", "get-role", "--role-name", "cli-role");
    const role = read.json.Role as Record<string, unknown>;
    expect(role.AssumeRolePolicyDocument).toEqual(TRUST);
    expect(role.Arn).toBe("arn:aws:iam::000000000000:role/cli-role");
    expect(role.RoleId).toMatch(/^AROA/);
  });

  it("puts and gets an inline policy, its document decoded by the CLI", async () => {
    const put = await aws(
      "iam",
      "put-role-policy",
      "--role-name",
      "cli-role",
      "--policy-name",
      "logs",
      "--policy-document",
      JSON.stringify(POLICY),
    );
    expect(put.exitCode).toBe(0);
    const read = await aws("iam", "get-role-policy", "--role-name", "cli-role", "--policy-name", "logs");
    expect(read.json).toEqual({ RoleName: "cli-role", PolicyName: "logs", PolicyDocument: POLICY });
  });

  it("answers get-caller-identity with the default account", async () => {
    const identity = await aws("sts", "get-caller-identity");
    expect(identity.json).toEqual({
      UserId: "000000000000",
      Account: "000000000000",
      Arn: "arn:aws:iam::000000000000:root",
    });
  });

  it("reports a missing role as NoSuchEntity", async () => {
    const missing = await aws("iam", "get-role", "--role-name", "missing");
    // CLI v1 exits 255 on a service error.
    expect(missing.exitCode).toBe(255);
    expect(missing.stderr).toContain("An error occurred (NoSuchEntity) when calling the GetRole operation");
    expect(missing.stderr).toContain(": The role with name missing cannot be found.");
  });
});
