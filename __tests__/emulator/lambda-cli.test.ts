import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEBIAN_AWS_CLI, PATH_AWS_CLI, runCli } from "./support/cli-transport.js";
import { ECHO_ZIP, LAMBDA_TRUST_POLICY } from "./support/lambda.js";

/**
 * Lambda's restJson through both CLIs, running a real Node handler: the pyenv CLI v1 (current botocore) and
 * Debian's CLI v2.9.
 */
const CLIS = [
  // CLI v1 sends --payload as the text given; v2 reads it as base64 unless told otherwise.
  ["CLI v1", PATH_AWS_CLI, ["--payload", '{"n":1}']],
  ["CLI v2.9", DEBIAN_AWS_CLI, ["--cli-binary-format", "raw-in-base64-out", "--payload", '{"n":1}']],
] as const;

let emulator: RunningEmulator;
let workdir: string;
let zipPath: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  workdir = mkdtempSync(path.join(tmpdir(), "eda-lambda-cli-"));
  zipPath = path.join(workdir, "function.zip");
  writeFileSync(zipPath, ECHO_ZIP);
});

afterAll(async () => {
  await emulator.stop();
  rmSync(workdir, { recursive: true, force: true });
});

async function aws(cli: string, ...args: string[]) {
  const run = await runCli(cli, ["--endpoint-url", emulator.url, "--output", "json", ...args]);
  return {
    json: run.stdout.trim() === "" ? {} : (JSON.parse(run.stdout) as Record<string, unknown>),
    stderr: run.stderr,
    exitCode: run.exitCode,
  };
}

describe.each(CLIS)("aws lambda (%s)", (label, cli, payloadArgs) => {
  const name = `cli-${label.replace(/[^a-z0-9]/gi, "")}`;

  it("creates a function from a zip file and reads it back", async () => {
    const role = await aws(
      cli,
      "iam",
      "create-role",
      "--role-name",
      `${name}-role`,
      "--assume-role-policy-document",
      LAMBDA_TRUST_POLICY,
    );
    expect(role.exitCode, role.stderr).toBe(0);
    const created = await aws(
      cli,
      "lambda",
      "create-function",
      "--function-name",
      name,
      "--runtime",
      "nodejs22.x",
      "--handler",
      "index.handler",
      "--role",
      `arn:aws:iam::000000000000:role/${name}-role`,
      "--zip-file",
      `fileb://${zipPath}`,
    );
    expect(created.exitCode, created.stderr).toBe(0);
    expect(created.json).toMatchObject({ FunctionName: name, State: "Pending", CodeSize: ECHO_ZIP.length });
    const waited = await aws(cli, "lambda", "wait", "function-active-v2", "--function-name", name);
    expect(waited.exitCode, waited.stderr).toBe(0);
    const read = await aws(cli, "lambda", "get-function", "--function-name", name);
    expect(read.json.Configuration).toMatchObject({ State: "Active", LastUpdateStatus: "Successful" });
  });

  it("invokes the function's Node handler and writes its result to the outfile", async () => {
    const outfile = path.join(workdir, `${name}.json`);
    const out = await aws(cli, "lambda", "invoke", "--function-name", name, ...payloadArgs, outfile);
    expect(out.exitCode, out.stderr).toBe(0);
    expect(out.json).toMatchObject({ StatusCode: 200, ExecutedVersion: "$LATEST" });
    expect(JSON.parse(readFileSync(outfile, "utf8"))).toEqual({ echoed: { n: 1 } });
  });

  it("reports a missing function as ResourceNotFoundException", async () => {
    const out = await aws(cli, "lambda", "get-function", "--function-name", `${name}-missing`);
    expect(out.exitCode).not.toBe(0);
    expect(out.stderr).toContain("ResourceNotFoundException");
    expect(out.stderr).toContain(
      `Function not found: arn:aws:lambda:us-east-1:000000000000:function:${name}-missing`,
    );
  });

  it("deletes the function", async () => {
    const deleted = await aws(cli, "lambda", "delete-function", "--function-name", name);
    expect(deleted.exitCode, deleted.stderr).toBe(0);
    const listed = await aws(cli, "lambda", "list-functions");
    expect((listed.json.Functions as { FunctionName: string }[]).map((fn) => fn.FunctionName)).not.toContain(
      name,
    );
  });
});
