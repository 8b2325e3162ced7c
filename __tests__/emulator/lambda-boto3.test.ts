import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { ECHO_ZIP } from "./support/lambda.js";

const SCENARIO = fileURLToPath(new URL("./support/lambda_boto3_scenario.py", import.meta.url));

let emulator: RunningEmulator;
let workdir: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  workdir = mkdtempSync(path.join(tmpdir(), "eda-lambda-boto3-"));
});

afterAll(async () => {
  await emulator.stop();
  rmSync(workdir, { recursive: true, force: true });
});

/** The machine's Python (boto3 1.43, current botocore): Lambda's restJson as Python users call it. */
function scenario(zipPath: string, name: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) =>
    execFile(
      "python3",
      [SCENARIO, emulator.url, zipPath, name],
      {
        env: { PATH: process.env.PATH ?? "", HOME: workdir, AWS_CONFIG_FILE: "/dev/null" },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`${error.message}\n${stderr}`))
          : resolve(JSON.parse(stdout) as Record<string, unknown>),
    ),
  );
}

describe("Lambda with boto3", () => {
  it("creates a function from a zip, invokes it and a published version, and gets AWS's 404 for a missing one", async () => {
    const zipPath = path.join(workdir, "function.zip");
    writeFileSync(zipPath, ECHO_ZIP);
    const result = await scenario(zipPath, "boto3-echo");
    expect(result).toEqual({
      created: {
        State: "Pending",
        CodeSha256: createHash("sha256").update(ECHO_ZIP).digest("base64"),
        Runtime: "nodejs22.x",
      },
      invoked: {
        StatusCode: 200,
        Payload: { echoed: { n: 7 } },
        ExecutedVersion: "$LATEST",
        HasLogResult: true,
      },
      version: "1",
      byVersion: { ExecutedVersion: "1", Payload: { echoed: { v: 1 } } },
      missing: { code: "ResourceNotFoundException", status: 404 },
    });
  });
});
