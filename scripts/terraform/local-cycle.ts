/**
 * `tsx scripts/terraform/local-cycle.ts <endpoint> <workdir>`: terraform init, apply, plan -detailed-exitcode
 * and destroy of the whole local environment against <endpoint>, each command logging at DEBUG into
 * <workdir>/logs/<command>.log, then one JSON line on stdout describing every step (`CycleStep`). The bench
 * runs it as a process because the bench is compiled without the stacks.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { CycleStep } from "./cycle-step.js";
import { LocalDeployment } from "./local-deployment.js";
import type { TerraformRun } from "./terraform-cli.js";

/**
 * About three times what a command takes against the emulator on a busy machine; moto_server leaves some
 * pollers waiting far longer (up to the provider's 20-minute timeouts).
 */
const COMMAND_TIMEOUT_MS = 5 * 60_000;
const PLANNED_CHANGE = /^\s*# (\S+) (?:will be|must be)/gm;

function failure(run: TerraformRun): string {
  const output = run.stderr.trim().split("\n").slice(-20).join("\n");
  return run.status === null
    ? `interrupted after ${COMMAND_TIMEOUT_MS / 1000} s (still running)\n${output}`
    : output;
}

function step(deployment: LocalDeployment, run: TerraformRun): CycleStep {
  const command = run.args[0] ?? "terraform";
  const changes =
    command === "plan" ? [...run.stdout.matchAll(PLANNED_CHANGE)].map((match) => match[1] ?? "") : [];
  const failed = run.status !== 0 && !(command === "plan" && run.status === 2);
  return {
    command,
    status: run.status,
    milliseconds: run.milliseconds,
    log: deployment.logFile(command),
    ...(changes.length > 0 ? { changes } : {}),
    ...(failed ? { error: failure(run) } : {}),
  };
}

async function main(endpoint: string, workdir: string): Promise<CycleStep[]> {
  const debugLogDir = path.join(workdir, "logs");
  mkdirSync(debugLogDir, { recursive: true });
  const deployment = new LocalDeployment(workdir, {
    endpoint,
    debugLogDir,
    commandTimeoutMs: COMMAND_TIMEOUT_MS,
  });
  const steps = [step(deployment, await deployment.init())];
  if (steps[0]?.status !== 0) return steps;
  const apply = step(deployment, await deployment.apply());
  steps.push(apply);
  if (apply.status === 0) steps.push(step(deployment, await deployment.plan()));
  // Destroy even after a failed apply, so whatever was created is removed and the destroy is timed too.
  steps.push(step(deployment, await deployment.destroy()));
  return steps;
}

const [endpoint, workdir] = process.argv.slice(2);
if (endpoint === undefined || workdir === undefined) {
  process.stderr.write("usage: tsx scripts/terraform/local-cycle.ts <endpoint> <workdir>\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await main(endpoint, workdir))}\n`);
