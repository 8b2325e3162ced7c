import { spawn } from "node:child_process";
import {
  functionSpec,
  invocationRequest,
  testExecutor,
  zipOf,
} from "../emulator/services/lambda/runtime/testKit.js";
import { percentile } from "./stats.js";
import { formatMs, markdownTable } from "./table.js";

/**
 * Lambda's runtime driven directly (no HTTP, no service layer): a no-op Node.js handler's first invocation on a
 * fresh worker process and on a pre-started one, beside a bare `node -e 0`, and warm invocations.
 */
export interface LambdaRuntimeResult {
  readonly runs: number;
  readonly warmInvocations: number;
  /** Milliseconds, median and 90th percentile. */
  readonly nodeItself: Spread;
  readonly coldFresh: Spread;
  readonly coldPrestarted: Spread;
  /** Milliseconds, median and 99th percentile. */
  readonly warm: { readonly p50: number; readonly p99: number };
}

interface Spread {
  readonly median: number;
  readonly p90: number;
}

export const PRESTARTED_TARGET_MS = 50;
export const WARM_P99_TARGET_MS = 5;

const NO_OP = zipOf({ "index.mjs": "export const handler = async () => null;" });

function spread(samples: readonly number[]): Spread {
  const sorted = Float64Array.from(samples).sort();
  return { median: percentile(sorted, 50), p90: percentile(sorted, 90) };
}

async function timeBareNode(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", () => resolve());
  });
  return performance.now() - started;
}

/** One new function per run, so every run is that function's first invocation (code already unpacked). */
async function timeColdStarts(runs: number, poolSize: number): Promise<number[]> {
  const { executor } = testExecutor({ poolSize });
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await executor.poolReady();
      const spec = functionSpec(NO_OP);
      const started = performance.now();
      const outcome = await executor.invoke(spec, invocationRequest({}));
      samples.push(performance.now() - started);
      if (outcome.kind !== "success") throw new Error(`the no-op handler failed: ${outcome.errorType}`);
      executor.retire(spec.accountId, spec.region, spec.functionName);
    }
  } finally {
    await executor.close();
  }
  return samples;
}

async function timeWarm(invocations: number): Promise<number[]> {
  const { executor } = testExecutor({ poolSize: 0 });
  const spec = functionSpec(NO_OP);
  const samples: number[] = [];
  try {
    await executor.invoke(spec, invocationRequest({}));
    for (let i = 0; i < invocations; i++) {
      const started = performance.now();
      await executor.invoke(spec, invocationRequest({}));
      samples.push(performance.now() - started);
    }
  } finally {
    await executor.close();
  }
  return samples;
}

export async function runLambdaRuntimeBench(runs: number): Promise<LambdaRuntimeResult> {
  const node: number[] = [];
  for (let run = 0; run < runs; run++) node.push(await timeBareNode());
  const coldFresh = await timeColdStarts(runs, 0);
  const coldPrestarted = await timeColdStarts(runs, 1);
  const warmInvocations = 500;
  const warm = Float64Array.from(await timeWarm(warmInvocations)).sort();
  return {
    runs,
    warmInvocations,
    nodeItself: spread(node),
    coldFresh: spread(coldFresh),
    coldPrestarted: spread(coldPrestarted),
    warm: { p50: percentile(warm, 50), p99: percentile(warm, 99) },
  };
}

export function lambdaRuntimeSection(result: LambdaRuntimeResult): string[] {
  const row = (label: string, value: Spread): string[] => [
    label,
    formatMs(value.median),
    formatMs(value.p90),
  ];
  return [
    `### Lambda runtime, driven directly (${result.runs} runs of a no-op Node.js handler; no HTTP)`,
    "",
    markdownTable(
      ["Measure", "median ms", "p90 ms"],
      [
        row("bare `node -e 0` (spawn → exit)", result.nodeItself),
        row("cold start, fresh worker process (invoke → result)", result.coldFresh),
        row("cold start, pre-started worker (invoke → result)", result.coldPrestarted),
      ],
    ),
    "",
    `Warm invoke (${result.warmInvocations} in a row): p50 ${formatMs(result.warm.p50)} ms, p99 ${formatMs(result.warm.p99)} ms (target ≤ ${WARM_P99_TARGET_MS} ms: ${result.warm.p99 <= WARM_P99_TARGET_MS ? "met" : "NOT met"})`,
    `Pre-started cold start target ≤ ${PRESTARTED_TARGET_MS} ms: ${
      result.coldPrestarted.median <= PRESTARTED_TARGET_MS ? "met" : "NOT met"
    }`,
    "",
  ];
}
