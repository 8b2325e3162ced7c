import type { LatencySummary } from "../../bench/stats.js";

export interface QueueLine {
  /** The stack's short name (`orders`). */
  readonly label: string;
  readonly visible: number;
  readonly inFlight: number;
  /** Messages sent to it since the demo started (SNS deliveries included). */
  readonly delivered: number;
  readonly dlqVisible: number;
}

export interface DemoState {
  readonly elapsedMs: number;
  readonly ratePerSecond: number;
  readonly published: number;
  readonly malformed: number;
  readonly publishFailures: number;
  readonly queues: readonly QueueLine[];
  readonly subscriptionDlqVisible: number;
  readonly streamRecords: number;
  /** Absent while the stack runs without its Lambda. */
  readonly lambda?: {
    readonly invocations: number;
    readonly errors: number;
    readonly failureQueueVisible: number;
    /** The function's latest AWS/Lambda IteratorAge, once a batch was read. */
    readonly iteratorAgeMs?: number;
    /** The stream's event source mapping, once Lambda lists it. */
    readonly mapping?: { readonly state: string; readonly lastProcessingResult: string };
  };
  readonly alarms: readonly { readonly name: string; readonly state: string }[];
  /** Publish → received from the audit queue, over the last minute. */
  readonly latency?: LatencySummary & { readonly count: number };
}

const STATE_MARK: Readonly<Record<string, string>> = {
  OK: "ok   ",
  ALARM: "ALARM",
  INSUFFICIENT_DATA: "n/a  ",
};

/** The demo's screen: redrawn in place every second. */
export function renderDemo(state: DemoState): string {
  const seconds = Math.floor(state.elapsedMs / 1000);
  const lines = [
    `eda live demo — ${seconds}s, ${state.ratePerSecond} events/s (Ctrl-C stops everything)`,
    "",
    `published    ${state.published} (${state.malformed} malformed on purpose, ${state.publishFailures} failed)`,
    `stream       ${state.streamRecords} records in`,
    "",
    "queue            delivered   visible  in flight   DLQ",
    ...state.queues.map(
      (q) =>
        `${q.label.padEnd(16)} ${String(q.delivered).padStart(9)} ${String(q.visible).padStart(9)} ${String(q.inFlight).padStart(10)} ${String(q.dlqVisible).padStart(5)}`,
    ),
    `subscription DLQ ${String(state.subscriptionDlqVisible).padStart(9)}`,
    "",
    ...lambdaLines(state.lambda),
    state.latency
      ? `latency      publish → queue p50 ${state.latency.p50.toFixed(1)} ms, p99 ${state.latency.p99.toFixed(1)} ms (${state.latency.count} events)`
      : "latency      waiting for the first events…",
    "",
    "alarms",
    ...state.alarms.map((alarm) => `  ${STATE_MARK[alarm.state] ?? alarm.state} ${alarm.name}`),
  ];
  return lines.join("\n");
}

function lambdaLines(lambda: DemoState["lambda"]): string[] {
  if (lambda === undefined) return ["lambda       not deployed (the stack has no Lambda consumer)"];
  const age = lambda.iteratorAgeMs === undefined ? "" : `, iterator age ${lambda.iteratorAgeMs} ms`;
  return [
    `lambda       ${lambda.invocations} invocations (batches of records), ${lambda.errors} errors${age}`,
    `on failure   ${lambda.failureQueueVisible} in the failure queue`,
    lambda.mapping
      ? `mapping      ${lambda.mapping.state}, last result ${lambda.mapping.lastProcessingResult || "none yet"}`
      : "mapping      not listed yet",
  ];
}
