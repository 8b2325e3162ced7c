import { Agent } from "node:http";
import { ListQueuesCommand } from "@aws-sdk/client-sqs";
import { PublishCommand, type SNSClient } from "@aws-sdk/client-sns";
import { postExpectingOk } from "./keep-alive-post.js";
import {
  LATENCY_CLIENT_LABELS,
  LATENCY_CLIENTS,
  WARM_UP_SECONDS,
  type LatencyClient,
} from "./latency-clients.js";
import { TARGET_LABELS, type TargetName } from "./model.js";
import { openLoop } from "./open-loop.js";
import { createSqsClient, visibleMessages } from "./sdk-load.js";
import { createSnsClient, subscribedTopic } from "./sns-load.js";
import { FORM_CONTENT_TYPE, SNS_AUTHORIZATION, publishBody } from "./sns-wire.js";
import { MESSAGE_BODY } from "./sqs-wire.js";
import { summarizeLatencies } from "./stats.js";
import { formatMs, markdownTable } from "./table.js";
import { startTarget, type RunningTarget } from "./targets.js";

/** The latency target: publish to visible in every subscribed queue, p99, at a steady rate. */
export const SNS_LATENCY_TARGET_P99_MS = 5;

/** The ceiling answers Publish without a topic; any ARN does. */
const CEILING_TOPIC_ARN = "arn:aws:sns:us-east-1:000000000000:ceiling";

export interface SnsLatencyRow {
  readonly target: TargetName;
  readonly client: LatencyClient;
  readonly ratePerSecond: number;
  /** Publishes of the timed row that were acknowledged. */
  readonly published: number;
  readonly errors: number;
  readonly firstError?: string;
  /**
   * Messages found in the two subscribed queues afterwards, and how many there should be (two for every
   * acknowledged publish, warm-up included); the ceiling has no queues.
   */
  readonly delivered?: number;
  readonly expected?: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Which targets get which clients: moto only the SDK (its Python server is the bottleneck either way). */
function clientsFor(target: TargetName): readonly LatencyClient[] {
  return target === "moto" ? ["sdk"] : LATENCY_CLIENTS;
}

/** One way of calling Publish, and what it holds open. */
interface Publisher {
  readonly publish: () => Promise<unknown>;
  readonly close: () => void;
}

function publisher(client: LatencyClient, sns: SNSClient, endpoint: string, topicArn: string): Publisher {
  if (client === "sdk") {
    return {
      publish: () => sns.send(new PublishCommand({ TopicArn: topicArn, Message: MESSAGE_BODY })),
      close: () => undefined,
    };
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const url = new URL(endpoint);
  const body = publishBody(topicArn);
  const headers = { "content-type": FORM_CONTENT_TYPE, authorization: SNS_AUTHORIZATION };
  return {
    publish: () => postExpectingOk("Publish", agent, url, "/", headers, body),
    close: () => agent.destroy(),
  };
}

async function measure(
  target: RunningTarget,
  client: LatencyClient,
  ratePerSecond: number,
  seconds: number,
): Promise<SnsLatencyRow> {
  const sns = createSnsClient(target.endpoint, 64);
  const sqs = createSqsClient(target.endpoint, 4);
  const prefix = `latency-${client}-${Date.now()}`;
  try {
    const topicArn =
      target.name === "ceiling"
        ? CEILING_TOPIC_ARN
        : await subscribedTopic(sns, sqs, "sns-publish-raw", prefix);
    const calls = publisher(client, sns, target.endpoint, topicArn);
    try {
      const warmUp = await openLoop(ratePerSecond, ratePerSecond * WARM_UP_SECONDS, calls.publish);
      const run = await openLoop(ratePerSecond, Math.round(ratePerSecond * seconds), calls.publish);
      const published = run.latencies.length;
      let counted: Pick<SnsLatencyRow, "delivered" | "expected"> = {};
      if (target.name !== "ceiling") {
        const { QueueUrls = [] } = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: prefix }));
        let delivered = 0;
        for (const url of QueueUrls) delivered += await visibleMessages(sqs, url);
        counted = { delivered, expected: 2 * (published + warmUp.latencies.length) };
      }
      return {
        target: target.name,
        client,
        ratePerSecond,
        published,
        errors: run.errors + warmUp.errors,
        ...(run.firstError === undefined ? {} : { firstError: run.firstError }),
        ...counted,
        ...summarizeLatencies(run.latencies),
      };
    } finally {
      calls.close();
    }
  } finally {
    sns.destroy();
    sqs.destroy();
  }
}

/**
 * Publish → 2 raw queues at a steady rate (open loop: each publish leaves on its schedule, whatever the ones
 * before it are doing), so the latency is the emulator's and not the queueing of a saturating load generator.
 * A Publish is answered once its deliveries are committed in the queues, so its latency is publish-to-visible.
 * Each client gets its own topic and queues and a warm-up before its timed row.
 */
export async function runSnsLatencyBench(
  targets: readonly TargetName[],
  ratePerSecond: number,
  seconds: number,
  log: (line: string) => void,
): Promise<SnsLatencyRow[]> {
  const rows: SnsLatencyRow[] = [];
  for (const name of targets.filter((target) => target !== "kinesalite")) {
    const target = await startTarget(name);
    try {
      for (const client of clientsFor(name)) {
        log(
          `SNS publish latency at ${ratePerSecond}/s: ${TARGET_LABELS[name]}, ${LATENCY_CLIENT_LABELS[client]}`,
        );
        rows.push(await measure(target, client, ratePerSecond, seconds));
      }
    } finally {
      await target.stop();
    }
  }
  return rows;
}

export function snsLatencySection(rows: readonly SnsLatencyRow[]): string[] {
  return [
    "### SNS publish → visible in 2 queues, steady rate (open loop)",
    "",
    markdownTable(
      ["target", "client", "rate/s", "published", "errors", "in queues", "p50 ms", "p99 ms", "max ms"],
      rows.map((row) => [
        TARGET_LABELS[row.target],
        LATENCY_CLIENT_LABELS[row.client],
        String(row.ratePerSecond),
        String(row.published),
        String(row.errors),
        row.delivered === undefined ? "–" : `${row.delivered} of ${row.expected ?? 0}`,
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
          `- ${LATENCY_CLIENT_LABELS[row.client]}: p99 ≤ ${SNS_LATENCY_TARGET_P99_MS} ms at ${row.ratePerSecond}/s with a data dir: ${row.p99 <= SNS_LATENCY_TARGET_P99_MS ? "met" : "NOT met"} (${formatMs(row.p99)} ms)`,
      ),
    `- Each client published for ${WARM_UP_SECONDS} s at the same rate before its timed row (not counted). The ceiling rows are each client's floor: the same calls against a server that does nothing.`,
    "",
  ];
}
