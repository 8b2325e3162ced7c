import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startEmulator, type RunningEmulator } from "../../../emulator/index.js";
import { terraformEnvironment } from "../../../scripts/terraform/cli-config.js";
import { runTerraform } from "../../../scripts/terraform/terraform-cli.js";
import { PROJECT_ROOT } from "../../../scripts/terraform/workspace.js";

export const TERRAFORM_TIMEOUT_MS = 240_000;

export interface TerraformFixture {
  readonly emulator: RunningEmulator;
  /** Runs terraform in the fixture's folder, pointed at the emulator (`-var=endpoint=…` past `init`). */
  terraform(...args: string[]): Promise<{ code: number; output: string }>;
  /** init, apply, `plan -detailed-exitcode`, destroy; each command's exit code and output, in that order. */
  cycle(): Promise<{ init: Result; apply: Result; plan: Result; destroy: Result }>;
}

type Result = { code: number; output: string };

/**
 * A Terraform configuration (`fixture`, a .tf file with an `endpoint` variable, plus `files` beside it) in a
 * scratch folder and an emulator on a free port, for the file's tests; removed after them. Terraform runs
 * asynchronously: the emulator answering it lives in this process.
 */
export function useTerraformFixture(
  fixture: string,
  files: Readonly<Record<string, Buffer>> = {},
): TerraformFixture {
  let workdir = "";
  const state = {} as { emulator: RunningEmulator };
  beforeAll(async () => {
    state.emulator = await startEmulator({ port: 0, log: () => {} });
    workdir = mkdtempSync(path.join(tmpdir(), "eda-terraform-fixture-"));
    copyFileSync(fixture, path.join(workdir, "main.tf"));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(workdir, name), content);
  });
  afterAll(async () => {
    await state.emulator?.stop();
    rmSync(workdir, { recursive: true, force: true });
  });
  const terraform = async (...args: string[]): Promise<Result> => {
    const { env } = terraformEnvironment(PROJECT_ROOT);
    const endpoint = args[0] === "init" ? [] : [`-var=endpoint=${state.emulator.url}`];
    const run = await runTerraform(workdir, [...args, ...endpoint], env, TERRAFORM_TIMEOUT_MS);
    return { code: run.status ?? 1, output: run.stdout + run.stderr };
  };
  return {
    get emulator() {
      return state.emulator;
    },
    terraform,
    cycle: async () => ({
      init: await terraform("init", "-input=false", "-no-color"),
      apply: await terraform("apply", "-auto-approve", "-input=false", "-no-color"),
      plan: await terraform("plan", "-detailed-exitcode", "-input=false", "-no-color"),
      destroy: await terraform("destroy", "-auto-approve", "-input=false", "-no-color"),
    }),
  };
}
