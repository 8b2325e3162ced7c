import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { terraformEnvironment } from "../../scripts/terraform/cli-config.js";
import { runTerraform } from "../../scripts/terraform/terraform-cli.js";
import { PROJECT_ROOT } from "../../scripts/terraform/workspace.js";
import { ECHO_ZIP } from "./support/lambda.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/lambda-terraform.tf", import.meta.url));
const TERRAFORM_TIMEOUT_MS = 240_000;

let emulator: RunningEmulator;
let workdir: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  workdir = mkdtempSync(path.join(tmpdir(), "eda-lambda-terraform-"));
  copyFileSync(FIXTURE, path.join(workdir, "main.tf"));
  writeFileSync(path.join(workdir, "function.zip"), ECHO_ZIP);
});

afterAll(async () => {
  await emulator.stop();
  rmSync(workdir, { recursive: true, force: true });
});

/** Runs terraform asynchronously (the emulator answering it lives in this process), pointed at the emulator. */
async function terraform(...args: string[]): Promise<{ code: number; output: string }> {
  const { env } = terraformEnvironment(PROJECT_ROOT);
  const endpoint = args[0] === "init" ? [] : [`-var=endpoint=${emulator.url}`];
  const run = await runTerraform(workdir, [...args, ...endpoint], env, TERRAFORM_TIMEOUT_MS);
  return { code: run.status ?? 1, output: run.stdout + run.stderr };
}

describe("terraform with the hashicorp/aws provider", () => {
  it(
    "applies a function with an alias, a permission and event invoke settings, then plans no changes, then destroys them",
    async () => {
      const init = await terraform("init", "-input=false", "-no-color");
      expect(init.code, init.output).toBe(0);
      const apply = await terraform("apply", "-auto-approve", "-input=false", "-no-color");
      expect(apply.code, apply.output).toBe(0);
      expect(apply.output).toContain('version = "1"');
      const plan = await terraform("plan", "-detailed-exitcode", "-input=false", "-no-color");
      expect(plan.code, plan.output).toBe(0);
      const destroy = await terraform("destroy", "-auto-approve", "-input=false", "-no-color");
      expect(destroy.code, destroy.output).toBe(0);
      expect((await emulator.service("lambda")).summary()).toEqual({});
      expect((await emulator.service("iam")).summary()).toEqual({});
    },
    4 * TERRAFORM_TIMEOUT_MS,
  );
});
