import { join } from "node:path";
import { SNS_SETUPS, isSnsOperation, type LoadResult, type Operation } from "./model.js";
import { FORM_CONTENT_TYPE, SNS_AUTHORIZATION, publishBatchBody, publishBody } from "./sns-wire.js";
import { readCpuTimes, spawnTracked, stopProcess } from "./processes.js";
import { AUTHORIZATION, receiveMessageBody, sendMessageBatchBody, sendMessageBody } from "./sqs-wire.js";
import { projectRoot } from "./paths.js";

/**
 * The load generator: wrk (C, epoll, LuaJIT) with bench/sqs.lua. It costs a small fraction of the CPU per call
 * that a Node client does, which matters on two cores where generator and server compete; its own CPU use is
 * reported beside every row so the reader can see which side was saturated.
 */

const SCRIPT = join(projectRoot, "bench", "sqs.lua");

/** How wrk drives each workload: the script's mode, the request body and the headers that name the action. */
interface WrkWorkload {
  readonly mode: string;
  readonly body: (resource: string) => string;
  readonly contentType: string;
  readonly target: string;
  readonly authorization: string;
}

const SQS_JSON = "application/x-amz-json-1.0";

function sns(mode: string, body: (topicArn: string) => string): WrkWorkload {
  return { mode, body, contentType: FORM_CONTENT_TYPE, target: "", authorization: SNS_AUTHORIZATION };
}

const WORKLOADS: Record<Operation, WrkWorkload> = {
  "sqs-send": {
    mode: "send",
    body: sendMessageBody,
    contentType: SQS_JSON,
    target: "AmazonSQS.SendMessage",
    authorization: AUTHORIZATION,
  },
  "sqs-send-batch": {
    mode: "batch",
    body: sendMessageBatchBody,
    contentType: SQS_JSON,
    target: "AmazonSQS.SendMessageBatch",
    authorization: AUTHORIZATION,
  },
  "sqs-receive-delete": {
    mode: "receive-delete",
    body: receiveMessageBody,
    contentType: SQS_JSON,
    target: "AmazonSQS.ReceiveMessage",
    authorization: AUTHORIZATION,
  },
  "sns-publish-raw": sns("sns-publish", publishBody),
  "sns-publish-envelope": sns("sns-publish", publishBody),
  "sns-publish-batch": sns("sns-batch", publishBatchBody),
  "sns-fanout-1": sns("sns-publish", publishBody),
  "sns-fanout-10": sns("sns-publish", publishBody),
};

/** What a bench wrk script reports in its BENCH_JSON line. */
export interface WrkReport {
  readonly requests: number;
  readonly durationUs: number;
  readonly acked: number;
  readonly empty: number;
  readonly failed: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly maxUs: number;
  readonly transportErrors: number;
}

export interface WrkScriptRun {
  readonly endpoint: string;
  /** The script's path; it loads `wrk-report.lua` from its own folder. */
  readonly script: string;
  /** The script's parameters (BENCH_MODE and what the mode needs). */
  readonly env: Readonly<Record<string, string>>;
  readonly seconds: number;
  readonly connections: number;
}

/** Runs wrk (one thread) with a bench script; its report, and the CPU seconds wrk itself used. */
export async function runWrkScript(run: WrkScriptRun): Promise<WrkReport & { generatorCpuSeconds: number }> {
  // Exited children's CPU lands in our cutime/cstime once reaped; the delta is wrk's own CPU.
  const cpuBefore = readCpuTimes("self").reapedChildren;
  const wrk = spawnTracked(
    "wrk",
    [
      "--threads=1",
      `--connections=${run.connections}`,
      `--duration=${Math.max(1, Math.round(run.seconds))}s`,
      "--timeout=10s",
      `--script=${run.script}`,
      run.endpoint,
    ],
    { env: { ...process.env, ...run.env } },
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
  return { ...report, generatorCpuSeconds: readCpuTimes("self").reapedChildren - cpuBefore };
}

/** The fan-out rows count deliveries: each acknowledged publish is one message per subscribed queue. */
function messagesPerAck(operation: Operation): number {
  return isSnsOperation(operation) && SNS_SETUPS[operation].countDeliveries
    ? SNS_SETUPS[operation].queues
    : 1;
}

export interface WrkOptions {
  readonly endpoint: string;
  /** The queue URL of SQS rows, the topic ARN of SNS rows. */
  readonly queueUrl: string;
  readonly operation: Operation;
  readonly seconds: number;
  readonly connections: number;
}

export async function runWrk(options: WrkOptions): Promise<LoadResult> {
  const workload = WORKLOADS[options.operation];
  const report = await runWrkScript({
    endpoint: options.endpoint,
    script: SCRIPT,
    seconds: options.seconds,
    connections: options.connections,
    env: {
      BENCH_MODE: workload.mode,
      BENCH_BODY: workload.body(options.queueUrl),
      BENCH_QUEUE_URL: options.queueUrl,
      BENCH_CONTENT_TYPE: workload.contentType,
      BENCH_TARGET: workload.target,
      BENCH_AUTHORIZATION: workload.authorization,
    },
  });
  return {
    calls: report.requests,
    messages: report.acked * messagesPerAck(options.operation),
    seconds: report.durationUs / 1e6,
    latency: { p50: report.p50Us / 1000, p99: report.p99Us / 1000, max: report.maxUs / 1000 },
    errors: report.failed + report.transportErrors,
    emptyReceives: report.empty,
    generatorCpuSeconds: report.generatorCpuSeconds,
  };
}
