import { Agent } from "node:http";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  InvokeCommand,
  LambdaClient,
} from "@aws-sdk/client-lambda";
import { zipSync } from "fflate";
import type { BenchOptions } from "./args.js";
import { TARGET_LABELS, type TargetName } from "./model.js";
import { summarizeLatencies, type LatencySummary } from "./stats.js";
import { formatMs, formatRate, markdownTable } from "./table.js";
import { startEmulator, type RunningTarget } from "./targets.js";

/** One emulator target: synchronous Invoke of a no-op Node handler on a warm worker, one call at a time. */
export interface LambdaRow {
  readonly target: TargetName;
  readonly callsPerSecond: number;
  readonly latency: LatencySummary;
  readonly calls: number;
  readonly errors: number;
  readonly firstError?: string;
}

/** Issue #12's target for a warm synchronous invoke. */
export const WARM_INVOKE_P99_TARGET_MS = 5;
const WARM_UP_CALLS = 50;
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
});
const NO_OP_ZIP = Buffer.from(
  zipSync({ "index.mjs": Buffer.from("export const handler = async () => null;\n") }),
);

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The execution role of the no-op function. */
export const NO_OP_ROLE = "bench-noop";

/** Creates the no-op Node function (`async () => null`) and waits until it is Active; returns its name. */
export async function noOpFunction(endpoint: string, lambda: LambdaClient): Promise<string> {
  const credentials = { accessKeyId: "bench", secretAccessKey: "bench" };
  const iam = new IAMClient({ endpoint, region: "us-east-1", credentials });
  try {
    const role = await iam.send(
      new CreateRoleCommand({ RoleName: NO_OP_ROLE, AssumeRolePolicyDocument: TRUST }),
    );
    const FunctionName = "bench-noop";
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName,
        Runtime: "nodejs22.x",
        Handler: "index.handler",
        Role: role.Role?.Arn,
        Code: { ZipFile: NO_OP_ZIP },
      }),
    );
    for (;;) {
      const { Configuration } = await lambda.send(new GetFunctionCommand({ FunctionName }));
      if (Configuration?.State === "Active") return FunctionName;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    iam.destroy();
  }
}

async function measure(target: RunningTarget, seconds: number): Promise<LambdaRow> {
  const lambda = new LambdaClient({
    endpoint: target.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
    maxAttempts: 1,
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 1 }) },
  });
  try {
    const FunctionName = await noOpFunction(target.endpoint, lambda);
    // The first call starts the worker; the rest make sure the measured calls all find it warm.
    for (let i = 0; i < WARM_UP_CALLS; i++) await lambda.send(new InvokeCommand({ FunctionName }));
    const samples: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    const started = performance.now();
    const end = started + seconds * 1000;
    while (performance.now() < end) {
      const callStarted = performance.now();
      try {
        const out = await lambda.send(new InvokeCommand({ FunctionName }));
        if (out.FunctionError !== undefined) throw new Error(Buffer.from(out.Payload ?? []).toString());
        samples.push(performance.now() - callStarted);
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
    const elapsed = (performance.now() - started) / 1000;
    return {
      target: target.name,
      callsPerSecond: samples.length / elapsed,
      latency: summarizeLatencies(samples),
      calls: samples.length,
      errors,
      ...(firstError === undefined ? {} : { firstError }),
    };
  } finally {
    lambda.destroy();
  }
}

/** Lambda rows: warm synchronous Invoke against the emulator with a data dir (and in memory). */
export async function runLambdaBench(
  targetNames: readonly TargetName[],
  options: BenchOptions,
): Promise<LambdaRow[]> {
  const rows: LambdaRow[] = [];
  for (const name of targetNames) {
    if (name !== "emulator-durable" && name !== "emulator-memory") continue;
    log(`Lambda: starting ${TARGET_LABELS[name]}`);
    const target = await startEmulator(name === "emulator-durable");
    try {
      const row = await measure(target, options.duration);
      log(
        `  ${TARGET_LABELS[name]}: Invoke ${formatRate(row.callsPerSecond)} calls/s, p50 ${formatMs(row.latency.p50)} ms, ` +
          `p99 ${formatMs(row.latency.p99)} ms` +
          (row.errors > 0 ? `, ${row.errors} errors (${row.firstError ?? ""})` : ""),
      );
      rows.push(row);
    } finally {
      await target.stop();
    }
  }
  return rows;
}

export function lambdaTable(rows: readonly LambdaRow[]): string {
  return markdownTable(
    ["Target", "Invoke calls/s", "p50 ms", "p99 ms", `p99 ≤ ${WARM_INVOKE_P99_TARGET_MS} ms`, "errors"],
    rows.map((row) => [
      TARGET_LABELS[row.target],
      formatRate(row.callsPerSecond),
      formatMs(row.latency.p50),
      formatMs(row.latency.p99),
      row.latency.p99 <= WARM_INVOKE_P99_TARGET_MS ? "met" : "NOT met",
      String(row.errors),
    ]),
  );
}
