import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { PROJECT_ROOT } from "../../scripts/terraform/workspace.js";

/** cdktf's own start-up and synth take about 25 s of each command; the provider's polls most of the rest. */
const COMMAND_TIMEOUT_MS = 240_000;
const STACK_SERVICES = ["sqs", "sns", "kinesis", "monitoring", "lambda", "iam", "logs"];

const scratch = mkdtempSync(path.join(tmpdir(), "eda-cdktf-local-"));
/** The home folder every run of the script gets: it must stay empty. */
const home = path.join(scratch, "home");
const output = path.join(scratch, "cdktf.out");
let emulator: RunningEmulator;

beforeAll(async () => {
  mkdirSync(home);
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  await emulator.stop();
  rmSync(scratch, { recursive: true, force: true });
});

interface ScriptRun {
  readonly code: number | null;
  readonly output: string;
}

/** `npm run cdktf:local -- <args>` as npm runs it, with a home folder of its own. */
function cdktfLocal(...args: string[]): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/terraform/cdktf-local.ts", ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, HOME: home, CI: "true" },
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output: text }));
  });
}

async function nonEmptyServices(): Promise<string[]> {
  const response = await fetch(`${emulator.url}/_eda/state`);
  expect(response.status).toBe(200);
  const { services } = (await response.json()) as { services: Record<string, unknown> };
  return Object.entries(services)
    .filter(([, summary]) => JSON.stringify(summary) !== "{}")
    .map(([name]) => name);
}

describe("cdktf deploy/destroy of the whole local environment through npm run cdktf:local", () => {
  it("refuses with one sentence when nothing answers at the endpoint", async () => {
    const run = await cdktfLocal("deploy", "--endpoint", "http://127.0.0.1:9", "--output", output);
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      "✗ nothing answers at http://127.0.0.1:9: start the emulator first (npx eda emulator --data-dir .eda/cdktf/emulator) or pass --endpoint.",
    );
  });

  it(
    "deploys the topic, queues, stream, alarms and the Lambda consumer with its mapping to the emulator",
    async () => {
      const run = await cdktfLocal("deploy", "--endpoint", emulator.url, "--output", output);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./);
      expect((await nonEmptyServices()).sort()).toEqual([...STACK_SERVICES].sort());
    },
    COMMAND_TIMEOUT_MS,
  );

  it(
    "destroys everything it deployed, leaving /_eda/state empty",
    async () => {
      const run = await cdktfLocal("destroy", "--endpoint", emulator.url, "--output", output);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(/Destroy complete! Resources: \d+ destroyed\./);
      expect(await nonEmptyServices()).toEqual([]);
    },
    COMMAND_TIMEOUT_MS,
  );

  it("wrote nothing into the home folder it ran with", () => {
    expect(readdirSync(home)).toEqual([]);
  });
});
