import { IAMClient, PutRolePolicyCommand } from "@aws-sdk/client-iam";
import {
  CreateEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  LambdaClient,
} from "@aws-sdk/client-lambda";
import {
  CreateTopicCommand,
  PublishBatchCommand,
  SubscribeCommand,
  type SNSClient,
} from "@aws-sdk/client-sns";
import { GetQueueAttributesCommand, SetQueueAttributesCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { BenchOptions } from "./args.js";
import { NO_OP_ROLE, noOpFunction } from "./lambda.js";
import { TARGET_LABELS, type TargetName } from "./model.js";
import { benchClientConfig, createQueue, createSqsClient, storedMessages } from "./sdk-load.js";
import { createSnsClient, topicMayDeliver } from "./sns-load.js";
import { MESSAGE_BODY, batchEntryIds } from "./sqs-wire.js";
import { formatMs, formatRate, markdownTable } from "./table.js";
import { startEmulator, type RunningTarget } from "./targets.js";

/**
 * One emulator target: SNS PublishBatch into a topic whose one subscribed queue (raw delivery) is the event
 * source of a mapping (BatchSize 10, no batching window) on a no-op Node function. The row counts events from
 * the first publish until the queue holds none (every message received, invoked and deleted).
 */
export interface SnsSqsLambdaRow {
  readonly target: TargetName;
  readonly eventsPerSecond: number;
  readonly events: number;
  /** Publishes per second while publishing. */
  readonly publishedPerSecond: number;
  /** From the last publish until the queue was empty. */
  readonly drainMs: number;
  readonly errors: number;
  readonly firstError?: string;
}

/** The mapping's role may read the queue, as Lambda checks when the mapping is created. */
const READER_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
      Resource: "*",
    },
  ],
});
const WARM_UP_EVENTS = 50;
/** How long the queue may take to empty after the last publish before the row gives up. */
const DRAIN_LIMIT_MS = 120_000;
const entries = batchEntryIds().map((Id) => ({ Id, Message: MESSAGE_BODY }));

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Topic → queue → mapping → no-op function, ready; returns the topic and the queue's URL. */
async function pipeline(
  endpoint: string,
  clients: { sns: SNSClient; sqs: SQSClient; lambda: LambdaClient },
): Promise<{ topicArn: string; queueUrl: string }> {
  const FunctionName = await noOpFunction(endpoint, clients.lambda);
  const iam = new IAMClient(benchClientConfig(endpoint, 1));
  try {
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: NO_OP_ROLE,
        PolicyName: "read-queue",
        PolicyDocument: READER_POLICY,
      }),
    );
  } finally {
    iam.destroy();
  }
  const { TopicArn = "" } = await clients.sns.send(new CreateTopicCommand({ Name: "bench-events" }));
  const queueUrl = await createQueue(clients.sqs, "bench-events");
  const { Attributes } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }),
  );
  const queueArn = Attributes?.QueueArn ?? "";
  await clients.sqs.send(
    new SetQueueAttributesCommand({
      QueueUrl: queueUrl,
      Attributes: { Policy: topicMayDeliver(queueArn, TopicArn) },
    }),
  );
  await clients.sns.send(
    new SubscribeCommand({
      TopicArn,
      Protocol: "sqs",
      Endpoint: queueArn,
      Attributes: { RawMessageDelivery: "true" },
    }),
  );
  const { UUID } = await clients.lambda.send(
    new CreateEventSourceMappingCommand({ FunctionName, EventSourceArn: queueArn, BatchSize: 10 }),
  );
  for (;;) {
    const { State } = await clients.lambda.send(new GetEventSourceMappingCommand({ UUID }));
    if (State === "Enabled") return { topicArn: TopicArn, queueUrl };
    await sleep(10);
  }
}

/** Waits until the queue holds nothing; false when it did not empty within the limit. */
async function drained(sqs: SQSClient, queueUrl: string): Promise<boolean> {
  const limit = performance.now() + DRAIN_LIMIT_MS;
  while (performance.now() < limit) {
    if ((await storedMessages(sqs, [queueUrl])) === 0) return true;
    await sleep(5);
  }
  return false;
}

async function measure(target: RunningTarget, options: BenchOptions): Promise<SnsSqsLambdaRow> {
  const concurrency = options.sdkConcurrency;
  const sns = createSnsClient(target.endpoint, concurrency);
  const sqs = createSqsClient(target.endpoint, 2);
  const lambda = new LambdaClient(benchClientConfig(target.endpoint, 2));
  try {
    const { topicArn, queueUrl } = await pipeline(target.endpoint, { sns, sqs, lambda });
    const publish = () =>
      sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries }));
    // The first batches start the function's worker; the row measures a warm pipeline.
    for (let sent = 0; sent < WARM_UP_EVENTS; sent += entries.length) await publish();
    if (!(await drained(sqs, queueUrl))) throw new Error("the warm-up events were never processed");
    let events = 0;
    let errors = 0;
    let firstError: string | undefined;
    const started = performance.now();
    const end = started + options.duration * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          try {
            const out = await publish();
            events += out.Successful?.length ?? 0;
            errors += out.Failed?.length ?? 0;
          } catch (error) {
            errors++;
            firstError ??= String(error);
          }
        }
      }),
    );
    const published = performance.now();
    if (!(await drained(sqs, queueUrl))) {
      errors++;
      firstError ??= `the queue did not empty within ${DRAIN_LIMIT_MS / 1000} s of the last publish`;
    }
    const finished = performance.now();
    return {
      target: target.name,
      eventsPerSecond: events / ((finished - started) / 1000),
      events,
      publishedPerSecond: events / ((published - started) / 1000),
      drainMs: finished - published,
      errors,
      ...(firstError === undefined ? {} : { firstError }),
    };
  } finally {
    sns.destroy();
    sqs.destroy();
    lambda.destroy();
  }
}

/** The SNS → SQS → Lambda rows: against the emulator with a data dir (and in memory). */
export async function runSnsSqsLambdaBench(
  targetNames: readonly TargetName[],
  options: BenchOptions,
): Promise<SnsSqsLambdaRow[]> {
  const rows: SnsSqsLambdaRow[] = [];
  for (const name of targetNames) {
    if (name !== "emulator-durable" && name !== "emulator-memory") continue;
    log(`SNS → SQS → Lambda: starting ${TARGET_LABELS[name]}`);
    const target = await startEmulator(name === "emulator-durable");
    try {
      const row = await measure(target, options);
      log(
        `  ${TARGET_LABELS[name]}: ${formatRate(row.eventsPerSecond)} events/s end to end ` +
          `(${row.events} events, published at ${formatRate(row.publishedPerSecond)}/s, drained ${formatMs(row.drainMs)} ms after)` +
          (row.errors > 0 ? `, ${row.errors} errors (${row.firstError ?? ""})` : ""),
      );
      rows.push(row);
    } finally {
      await target.stop();
    }
  }
  return rows;
}

export function snsSqsLambdaTable(rows: readonly SnsSqsLambdaRow[]): string {
  return markdownTable(
    ["Target", "sns→sqs→lambda events/s", "events", "published/s", "drain after last publish ms", "errors"],
    rows.map((row) => [
      TARGET_LABELS[row.target],
      formatRate(row.eventsPerSecond),
      String(row.events),
      formatRate(row.publishedPerSecond),
      formatMs(row.drainMs),
      String(row.errors),
    ]),
  );
}
