import { join } from "node:path";
import type { LoadResult, Operation } from "./model.js";
import { readCpuTimes, spawnTracked, stopProcess } from "./processes.js";
import { AUTHORIZATION, receiveMessageBody, sendMessageBatchBody, sendMessageBody } from "./sqs-wire.js";
import { projectRoot } from "./paths.js";

/**
 * The load generator: wrk (C, epoll, LuaJIT) with bench/sqs.lua. It costs a small fraction of the CPU per call
 * that a Node client does, which matters on two cores where generator and server compete; its own CPU use is
 * reported beside every row so the reader can see which side was saturated.
 */

const SCRIPT = join(projectRoot, "bench", "sqs.lua");

const MODES: Record<Operation, string> = {
  "sqs-send": "send",
  "sqs-send-batch": "batch",
  "sqs-receive-delete": "receive-delete",
};

const BODIES: Record<Operation, (queueUrl: string) => string> = {
  "sqs-send": sendMessageBody,
  "sqs-send-batch": sendMessageBatchBody,
  "sqs-receive-delete": receiveMessageBody,
};

interface WrkReport {
  requests: number;
  durationUs: number;
  acked: number;
  empty: number;
  failed: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  transportErrors: number;
}

export interface WrkOptions {
  readonly endpoint: string;
  readonly queueUrl: string;
  readonly operation: Operation;
  readonly seconds: number;
  readonly connections: number;
}

export async function runWrk(options: WrkOptions): Promise<LoadResult> {
  // Exited children's CPU lands in our cutime/cstime once reaped; the delta is wrk's own CPU.
  const cpuBefore = readCpuTimes("self").reapedChildren;
  const wrk = spawnTracked(
    "wrk",
    [
      "--threads=1",
      `--connections=${options.connections}`,
      `--duration=${Math.max(1, Math.round(options.seconds))}s`,
      "--timeout=10s",
      `--script=${SCRIPT}`,
      options.endpoint,
    ],
    {
      env: {
        ...process.env,
        BENCH_MODE: MODES[options.operation],
        BENCH_BODY: BODIES[options.operation](options.queueUrl),
        BENCH_QUEUE_URL: options.queueUrl,
        BENCH_AUTHORIZATION: AUTHORIZATION,
      },
    },
  );
  let output = "";
  wrk.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  wrk.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => wrk.once("exit", resolve));
  await stopProcess(wrk);
  const reportLine = output.split("\n").find((line) => line.startsWith("BENCH_JSON "));
  if (reportLine === undefined) {
    throw new Error(`wrk exited with ${exitCode} and no report:\n${output}`);
  }
  const report = JSON.parse(reportLine.slice("BENCH_JSON ".length)) as WrkReport;
  return {
    calls: report.requests,
    messages: report.acked,
    seconds: report.durationUs / 1e6,
    latency: { p50: report.p50Us / 1000, p99: report.p99Us / 1000, max: report.maxUs / 1000 },
    errors: report.failed + report.transportErrors,
    emptyReceives: report.empty,
    generatorCpuSeconds: readCpuTimes("self").reapedChildren - cpuBefore,
  };
}
