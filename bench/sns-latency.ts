import { ListQueuesCommand } from "@aws-sdk/client-sqs";
import { PublishCommand } from "@aws-sdk/client-sns";
import { TARGET_LABELS, type TargetName } from "./model.js";
import { createSqsClient, visibleMessages } from "./sdk-load.js";
import { createSnsClient, subscribedTopic } from "./sns-load.js";
import { MESSAGE_BODY } from "./sqs-wire.js";
import { summarizeLatencies } from "./stats.js";
import { formatMs, markdownTable } from "./table.js";
import { startTarget } from "./targets.js";

/** The latency target: publish to visible in every subscribed queue, p99, at a steady rate. */
export const SNS_LATENCY_TARGET_P99_MS = 5;

export interface SnsLatencyRow {
  readonly target: TargetName;
  readonly ratePerSecond: number;
  readonly published: number;
  readonly errors: number;
  /** Messages found in the two subscribed queues afterwards (2 × published when nothing was lost). */
  readonly delivered: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * Publish → 2 raw queues at a steady rate (open loop: each publish leaves on its schedule, whatever the ones
 * before it are doing), so the latency is the emulator's and not the queueing of a saturating load generator.
 * A Publish is answered once its deliveries are committed in the queues, so its latency is publish-to-visible.
 */
export async function runSnsLatencyBench(
  targets: readonly TargetName[],
  ratePerSecond: number,
  seconds: number,
  log: (line: string) => void,
): Promise<SnsLatencyRow[]> {
  const rows: SnsLatencyRow[] = [];
  for (const name of targets) {
    log(`SNS publish latency at ${ratePerSecond}/s: ${TARGET_LABELS[name]}`);
    const target = await startTarget(name);
    const sns = createSnsClient(target.endpoint, 64);
    const sqs = createSqsClient(target.endpoint, 4);
    try {
      const topicArn = await subscribedTopic(sns, sqs, "sns-publish-raw", `latency-${Date.now()}`);
      const latencies: number[] = [];
      let errors = 0;
      const interval = 1000 / ratePerSecond;
      const total = Math.round(ratePerSecond * seconds);
      const started = performance.now();
      const inFlight: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const due = started + i * interval;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const sent = performance.now();
        inFlight.push(
          sns.send(new PublishCommand({ TopicArn: topicArn, Message: MESSAGE_BODY })).then(
            () => void latencies.push(performance.now() - sent),
            () => void errors++,
          ),
        );
      }
      await Promise.all(inFlight);
      const { QueueUrls = [] } = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: "latency-" }));
      let delivered = 0;
      for (const url of QueueUrls) delivered += await visibleMessages(sqs, url);
      rows.push({
        target: name,
        ratePerSecond,
        published: latencies.length,
        errors,
        delivered,
        ...summarizeLatencies(latencies),
      });
    } finally {
      sns.destroy();
      sqs.destroy();
      await target.stop();
    }
  }
  return rows;
}

export function snsLatencySection(rows: readonly SnsLatencyRow[]): string[] {
  return [
    "### SNS publish → visible in 2 queues, steady rate (SDK, open loop)",
    "",
    markdownTable(
      ["target", "rate/s", "published", "errors", "in queues", "p50 ms", "p99 ms", "max ms"],
      rows.map((row) => [
        TARGET_LABELS[row.target],
        String(row.ratePerSecond),
        String(row.published),
        String(row.errors),
        String(row.delivered),
        formatMs(row.p50),
        formatMs(row.p99),
        formatMs(row.max),
      ]),
    ),
    "",
    ...rows
      .filter((row) => row.target === "emulator-durable")
      .map(
        (row) =>
          `- p99 ≤ ${SNS_LATENCY_TARGET_P99_MS} ms at ${row.ratePerSecond}/s with a data dir: ${row.p99 <= SNS_LATENCY_TARGET_P99_MS ? "met" : "not met"} (${formatMs(row.p99)} ms)`,
      ),
    "",
  ];
}
