import type { LatencySummary } from "./stats.js";

/** The SQS and SNS workloads the issues name; each is a bench row per client and per target. */
export const SQS_OPERATIONS = ["sqs-send", "sqs-send-batch", "sqs-receive-delete"] as const;
export const SNS_OPERATIONS = [
  "sns-publish-raw",
  "sns-publish-envelope",
  "sns-publish-batch",
  "sns-fanout-1",
  "sns-fanout-10",
] as const;
export const OPERATIONS = [...SQS_OPERATIONS, ...SNS_OPERATIONS] as const;
export type Operation = (typeof OPERATIONS)[number];
export type SnsOperation = (typeof SNS_OPERATIONS)[number];

export function isSnsOperation(operation: Operation): operation is SnsOperation {
  return (SNS_OPERATIONS as readonly string[]).includes(operation);
}

export const OPERATION_LABELS: Record<Operation, string> = {
  "sqs-send": "SendMessage",
  "sqs-send-batch": "SendMessageBatch (10)",
  "sqs-receive-delete": "Receive (10) + DeleteMessageBatch",
  "sns-publish-raw": "SNS Publish → 2 queues, raw",
  "sns-publish-envelope": "SNS Publish → 2 queues, envelope",
  "sns-publish-batch": "SNS PublishBatch (10) → 2 queues, raw",
  "sns-fanout-1": "SNS deliveries, 1 queue, raw",
  "sns-fanout-10": "SNS deliveries, 10 queues, raw",
};

/**
 * How each SNS row's topic is subscribed, and what its "messages" count: published messages, or, for the
 * fan-out rows, deliveries (published messages times subscribed queues).
 */
export const SNS_SETUPS: Record<SnsOperation, { queues: number; raw: boolean; countDeliveries: boolean }> = {
  "sns-publish-raw": { queues: 2, raw: true, countDeliveries: false },
  "sns-publish-envelope": { queues: 2, raw: false, countDeliveries: false },
  "sns-publish-batch": { queues: 2, raw: true, countDeliveries: false },
  "sns-fanout-1": { queues: 1, raw: true, countDeliveries: true },
  "sns-fanout-10": { queues: 10, raw: true, countDeliveries: true },
};

export type ClientKind = "sdk" | "wrk";
export const CLIENT_LABELS: Record<ClientKind, string> = { sdk: "AWS SDK v3", wrk: "wrk (load generator)" };

/** The targets; kinesalite serves only Kinesis, so only the Kinesis rows start it. */
export type TargetName = "ceiling" | "emulator-durable" | "emulator-memory" | "moto" | "kinesalite";
export const TARGET_LABELS: Record<TargetName, string> = {
  ceiling: "ceiling (no-op server)",
  "emulator-durable": "emulator --data-dir",
  "emulator-memory": "emulator (in memory)",
  moto: "moto_server",
  kinesalite: "kinesalite (in memory)",
};

/** What one client measured during one timed run. */
export interface LoadResult {
  /** Calls that got a complete HTTP response. */
  readonly calls: number;
  /** Messages the server acknowledged: sent, or received and then deleted. */
  readonly messages: number;
  readonly seconds: number;
  /** Per call, in milliseconds. */
  readonly latency: LatencySummary;
  /** Calls that failed: transport errors, timeouts, non-2xx replies, and batch entries reported as Failed. */
  readonly errors: number;
  /** Receives that came back empty: the queue ran dry, so the row understates the target. */
  readonly emptyReceives: number;
  /** CPU seconds the load generator itself used. */
  readonly generatorCpuSeconds: number;
  readonly firstError?: string;
}

export interface RowResult extends LoadResult {
  readonly operation: Operation;
  readonly client: ClientKind;
  readonly target: TargetName;
  readonly serverCpuSeconds: number;
}

export function messagesPerSecond(row: LoadResult): number {
  return row.seconds > 0 ? row.messages / row.seconds : 0;
}

export function callsPerSecond(row: LoadResult): number {
  return row.seconds > 0 ? row.calls / row.seconds : 0;
}

/** An emulator process's memory after its rows, with how much it was still holding. */
export interface EmulatorMemory {
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly messagesStored: number;
}
