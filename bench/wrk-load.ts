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
  // Exited children's CPU lands in our cutime/cstime once reaped; the delta is wrk's own CPU.
  const cpuBefore = readCpuTimes("self").reapedChildren;
  const workload = WORKLOADS[options.operation];
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
        BENCH_MODE: workload.mode,
        BENCH_BODY: workload.body(options.queueUrl),
        BENCH_QUEUE_URL: options.queueUrl,
        BENCH_CONTENT_TYPE: workload.contentType,
        BENCH_TARGET: workload.target,
        BENCH_AUTHORIZATION: workload.authorization,
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
    messages: report.acked * messagesPerAck(options.operation),
    seconds: report.durationUs / 1e6,
    latency: { p50: report.p50Us / 1000, p99: report.p99Us / 1000, max: report.maxUs / 1000 },
    errors: report.failed + report.transportErrors,
    emptyReceives: report.empty,
    generatorCpuSeconds: readCpuTimes("self").reapedChildren - cpuBefore,
  };
}
