import { waitForStatus } from "./http-probe.js";
import { makeTempDir, removeTempDir, spawnTracked, stopProcess, waitForLine } from "./processes.js";
import { percentile } from "./stats.js";
import { emulatorArgs } from "./targets.js";

/** Milliseconds, median and 90th percentile over the runs. */
export interface Spread {
  readonly median: number;
  readonly p90: number;
}

export interface StartupResult {
  readonly runs: number;
  /** From spawn() to the first 200 from /_eda/health: what a test or a user waits for. */
  readonly spawnToHealthy: Spread;
  /** From spawn() to the first output of a script that does nothing: Node's own start, before any of our code. */
  readonly nodeItself: Spread;
  /** spawnToHealthy less the median of nodeItself: an estimate of the time from the start of the compiled JS. */
  readonly fromCompiledJs: Spread;
  /** The time the emulator printed in its ready line, if it prints one. */
  readonly selfReported?: Spread;
}

export const STARTUP_TARGET_MS = 150;

function spread(samples: readonly number[]): Spread {
  const sorted = Float64Array.from(samples).sort();
  return { median: percentile(sorted, 50), p90: percentile(sorted, 90) };
}

const URL_IN_LINE = /(https?:\/\/[^\s"',]+:\d+)/;
const MS_IN_LINE = /(\d+(?:\.\d+)?)\s*ms\b/;

async function timeNodeItself(): Promise<number> {
  const started = performance.now();
  const child = spawnTracked(process.execPath, ["-e", "process.stdout.write('up\\n')"]);
  await waitForLine(child, /^up$/, 10_000);
  const elapsed = performance.now() - started;
  await stopProcess(child);
  return elapsed;
}

async function timeEmulatorStart(): Promise<{ elapsed: number; selfReported?: number }> {
  const dataDir = makeTempDir("eda-bench-startup-");
  const started = performance.now();
  const child = spawnTracked(process.execPath, emulatorArgs(dataDir));
  try {
    const readyLine = await waitForLine(child, URL_IN_LINE, 30_000);
    await waitForStatus(`${readyLine[1]}/_eda/health`, (status) => status === 200, 30_000, 1);
    const elapsed = performance.now() - started;
    const reported = MS_IN_LINE.exec(readyLine.input)?.[1];
    return reported === undefined ? { elapsed } : { elapsed, selfReported: Number(reported) };
  } finally {
    await stopProcess(child);
    removeTempDir(dataDir);
  }
}

/** Sequential runs, each with a fresh data dir, so every start creates its store from nothing. */
export async function measureStartup(runs: number): Promise<StartupResult> {
  const node: number[] = [];
  const emulator: number[] = [];
  const reported: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(await timeNodeItself());
    const { elapsed, selfReported } = await timeEmulatorStart();
    emulator.push(elapsed);
    if (selfReported !== undefined) reported.push(selfReported);
  }
  const nodeMedian = spread(node).median;
  return {
    runs,
    spawnToHealthy: spread(emulator),
    nodeItself: spread(node),
    fromCompiledJs: spread(emulator.map((ms) => ms - nodeMedian)),
    ...(reported.length === runs ? { selfReported: spread(reported) } : {}),
  };
}
