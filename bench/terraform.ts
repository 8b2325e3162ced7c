import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CycleStep } from "../scripts/terraform/cycle-step.js";
import { TARGET_LABELS, type TargetName } from "./model.js";
import { projectRoot } from "./paths.js";
import { makeTempDir, removeTempDir, spawnTracked, stopProcess } from "./processes.js";
import { formatPercent, markdownTable } from "./table.js";
import { startEmulator, startMoto, type RunningTarget } from "./targets.js";
import { failedCalls, providerCalls, timeInCalls } from "./terraform-log.js";

/** The bar: a deploy may take at most this much longer than the provider's own waits. */
export const WAIT_SHARE_TARGET = 1.1;
/** The cycle interrupts each of its four commands after 5 minutes; this only catches a cycle that hangs. */
const CYCLE_TIMEOUT_MS = 25 * 60_000;
const CYCLE_SCRIPT = join(projectRoot, "scripts", "terraform", "local-cycle.ts");

/** One terraform command against one target, with what its debug log shows. */
export interface TerraformPhase {
  readonly step: CycleStep;
  readonly calls: number;
  /** Milliseconds during which at least one AWS call was in flight. */
  readonly msInCalls: number;
  /** Non-2xx answers per `Service.Operation status` (polls for a deleted resource expect some). */
  readonly failedCalls: Record<string, number>;
}

export interface TerraformRow {
  readonly target: TargetName;
  readonly phases: readonly TerraformPhase[];
  /** Services still holding resources after destroy, from the emulator's `/_eda/state`; not read on moto. */
  readonly leftAfterDestroy?: readonly string[];
  readonly error?: string;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function phaseOf(step: CycleStep): TerraformPhase {
  const calls = step.log === undefined ? [] : providerCalls(readFileSync(step.log, "utf8"));
  return { step, calls: calls.length, msInCalls: timeInCalls(calls), failedCalls: failedCalls(calls) };
}

/** Runs `local-cycle.ts` (init, apply, plan, destroy) against the endpoint; its steps. */
async function runCycle(endpoint: string, workdir: string): Promise<CycleStep[]> {
  const child = spawnTracked(process.execPath, ["--import", "tsx", CYCLE_SCRIPT, endpoint, workdir], {
    cwd: projectRoot,
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => void stopProcess(child), CYCLE_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  const lastLine = Buffer.concat(stdout).toString("utf8").trim().split("\n").pop() ?? "";
  if (code !== 0 || !lastLine.startsWith("[")) {
    throw new Error(
      `the terraform cycle exited with ${code}: ${Buffer.concat(stderr).toString("utf8").slice(-2000)}`,
    );
  }
  return JSON.parse(lastLine) as CycleStep[];
}

async function servicesHoldingResources(endpoint: string): Promise<string[]> {
  const response = await fetch(`${endpoint}/_eda/state`);
  const { services } = (await response.json()) as { services: Record<string, object> };
  return Object.entries(services)
    .filter(([, summary]) => Object.keys(summary).length > 0)
    .map(([service]) => service);
}

async function measure(target: RunningTarget): Promise<TerraformRow> {
  const workdir = makeTempDir("eda-bench-terraform-");
  try {
    const phases = (await runCycle(target.endpoint, workdir)).map(phaseOf);
    return {
      target: target.name,
      phases,
      ...(target.name === "moto"
        ? {}
        : { leftAfterDestroy: await servicesHoldingResources(target.endpoint) }),
    };
  } catch (error) {
    return { target: target.name, phases: [], error: error instanceof Error ? error.message : String(error) };
  } finally {
    removeTempDir(workdir);
  }
}

/**
 * `terraform apply`, `plan` and `destroy` of the whole local environment with the real provider,
 * against the emulator with a data dir and against moto_server, one after the other so neither slows the other.
 */
export async function runTerraformBench(targetNames: readonly TargetName[]): Promise<TerraformRow[]> {
  const starters: Partial<Record<TargetName, () => Promise<RunningTarget>>> = {
    "emulator-durable": () => startEmulator(true),
    moto: startMoto,
  };
  const rows: TerraformRow[] = [];
  for (const name of targetNames) {
    const start = starters[name];
    if (start === undefined) continue;
    log(`terraform: apply, plan and destroy of the local environment against ${TARGET_LABELS[name]}`);
    const target = await start();
    try {
      const row = await measure(target);
      for (const phase of row.phases) {
        log(
          `  ${phase.step.command}: exit ${phase.step.status} in ${(phase.step.milliseconds / 1000).toFixed(1)} s`,
        );
      }
      if (row.error !== undefined) log(`  failed: ${row.error}`);
      rows.push(row);
    } finally {
      await target.stop();
    }
  }
  return rows;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

/** Wall time over the time outside AWS calls: 1.00 means the target added nothing to the provider's own waits. */
export function overWaits(phase: TerraformPhase): number {
  const outside = phase.step.milliseconds - phase.msInCalls;
  return outside > 0 ? phase.step.milliseconds / outside : Number.POSITIVE_INFINITY;
}

function deployCells(phase: TerraformPhase | undefined): string[] {
  if (phase === undefined) return ["–", "–", "–", "–"];
  const { status } = phase.step;
  const outcome = status === null ? " (interrupted)" : status !== 0 ? ` (exit ${status})` : "";
  return [
    `${seconds(phase.step.milliseconds)}${outcome}`,
    `${seconds(phase.msInCalls)} (${formatPercent(phase.msInCalls / phase.step.milliseconds)})`,
    `${overWaits(phase).toFixed(3)}× ${status !== 0 ? "(failed)" : overWaits(phase) <= WAIT_SHARE_TARGET ? "met" : "NOT met"}`,
    String(phase.calls),
  ];
}

function planCell(phase: TerraformPhase | undefined): string {
  if (phase === undefined) return "not run";
  const { status, changes = [], milliseconds } = phase.step;
  const outcome =
    status === 0 ? "no changes" : status === 2 ? `drift: ${changes.join(", ")}` : `error (exit ${status})`;
  return `${seconds(milliseconds)} s, ${outcome}`;
}

export function terraformTable(rows: readonly TerraformRow[]): string {
  const phase = (row: TerraformRow, command: string): TerraformPhase | undefined =>
    row.phases.find((candidate) => candidate.step.command === command);
  return markdownTable(
    [
      "Target",
      "apply s",
      "apply: in AWS calls s",
      `apply ÷ outside calls (≤ ${WAIT_SHARE_TARGET})`,
      "apply calls",
      "plan",
      "destroy s",
      "destroy: in AWS calls s",
      `destroy ÷ outside calls (≤ ${WAIT_SHARE_TARGET})`,
      "destroy calls",
      "left after destroy",
    ],
    rows.map((row) => [
      TARGET_LABELS[row.target],
      ...deployCells(phase(row, "apply")),
      row.error ?? planCell(phase(row, "plan")),
      ...deployCells(phase(row, "destroy")),
      row.leftAfterDestroy === undefined
        ? "not read"
        : row.leftAfterDestroy.length === 0
          ? "nothing"
          : row.leftAfterDestroy.join(", "),
    ]),
  );
}

/** What the table's failing steps said, so a target that could not deploy is never just a number. */
export function terraformErrors(rows: readonly TerraformRow[]): string[] {
  return rows.flatMap((row) =>
    row.phases
      .filter((phase) => phase.step.error !== undefined)
      .map(
        (phase) =>
          `${TARGET_LABELS[row.target]} — terraform ${phase.step.command}:\n${phase.step.error ?? ""}`,
      ),
  );
}
