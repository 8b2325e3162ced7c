import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { summarizeLatencies } from "../../bench/stats.js";
import { pause as sleep } from "../../cli/io.js";
import type { Snapshot } from "../../emulator/dashboard/snapshot.js";
import { Producer, type TerraformOutputs } from "../../producer/index.js";
import { publishSteadily } from "../../producer/steady-load.js";
import { renderDemo, type DemoState } from "./demo-view.js";

export interface DemoOptions {
  /** The emulator the stack was applied to. */
  readonly endpoint: string;
  /** The stack's `terraform output -json`. */
  readonly outputs: TerraformOutputs;
  readonly ratePerSecond: number;
  /** The share of events broken on purpose (no `source`), to show the failure paths. */
  readonly malformedShare: number;
  readonly signal: AbortSignal;
  /** Draws one screen (the caller redraws it in place). */
  readonly draw: (screen: string) => void;
}

const CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
const REDRAW_MS = 1_000;
/** Latency is reported over the last minute of events. */
const LATENCY_WINDOW_MS = 60_000;

const value = <T>(outputs: TerraformOutputs, name: string): T | undefined =>
  outputs[name]?.value as T | undefined;

/**
 * Publishes sample events at a steady rate and redraws what became of them once a second: per queue, DLQs,
 * the stream, the Lambda when deployed, alarms, and publish-to-queue latency (measured by consuming the
 * `audit` queue, which receives every event). Runs until `signal` aborts.
 */
export async function runDemo(options: DemoOptions): Promise<DemoState> {
  const { outputs } = options;
  const client = { endpoint: options.endpoint, region: "us-east-1", credentials: CREDENTIALS };
  const producer = new Producer({
    ...client,
    topicArn: value(outputs, "topic_arn"),
    streamName: value(outputs, "stream_name"),
  });
  const sqs = new SQSClient(client);
  const started = Date.now();
  const tally = { published: 0, malformed: 0, failures: 0 };
  const latencies: { at: number; ms: number }[] = [];
  const baseline = await snapshot();
  let state = await observe(baseline);

  const publishing = publishSteadily(producer, {
    ratePerSecond: options.ratePerSecond,
    malformedShare: options.malformedShare,
    signal: options.signal,
    onResults: (events, results) => {
      tally.malformed += events.filter((event) => event.source === undefined).length;
      for (const result of results) {
        if (result.topic?.ok === false || result.stream?.ok === false) tally.failures++;
        else tally.published++;
      }
    },
  });

  const auditUrl = value<Record<string, string>>(outputs, "queue_urls")?.audit;
  const measuring = (async () => {
    while (auditUrl !== undefined && !options.signal.aborted) {
      const received = await sqs
        .send(
          new ReceiveMessageCommand({ QueueUrl: auditUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
          { abortSignal: options.signal },
        )
        .catch(() => ({ Messages: [] }));
      const now = Date.now();
      for (const message of received.Messages ?? []) {
        const sentAt = Date.parse((JSON.parse(message.Body ?? "{}") as { time?: string }).time ?? "");
        if (Number.isFinite(sentAt)) latencies.push({ at: now, ms: now - sentAt });
      }
      if ((received.Messages ?? []).length > 0)
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: auditUrl,
            Entries: received.Messages!.map((message, i) => ({
              Id: String(i),
              ReceiptHandle: message.ReceiptHandle,
            })),
          }),
        );
    }
  })();

  try {
    while (!options.signal.aborted) {
      state = await observe(baseline);
      options.draw(renderDemo(state));
      await sleep(REDRAW_MS, options.signal);
    }
  } finally {
    await Promise.allSettled([publishing, measuring]);
    producer.close();
    sqs.destroy();
  }
  return state;

  async function snapshot(): Promise<Snapshot> {
    return (await (await fetch(`${options.endpoint}/_eda/ui/snapshot`)).json()) as Snapshot;
  }

  async function observe(base?: Snapshot): Promise<DemoState> {
    const now = await snapshot();
    const region = now.regions.find((r) => r.region === "us-east-1") ?? now.regions[0];
    const queues = region?.queues ?? [];
    const counter = (namespace: string, resource: string, metric: string) => {
      const key = `${region?.accountId}/${region?.region}/${namespace}/${resource}`;
      return (now.counters[key]?.[metric] ?? 0) - (base?.counters[key]?.[metric] ?? 0);
    };
    const byArn = new Map(queues.map((q) => [q.arn, q]));
    const names = value<Record<string, string>>(outputs, "queue_names") ?? {};
    const failureQueueArn = value<string>(outputs, "failure_queue_arn");
    const functionName = value<string>(outputs, "function_name");
    const streamArn = value<string>(outputs, "stream_arn");
    const mapping = region?.mappings.find(
      (m) => m.functionName === functionName && m.sourceArn === streamArn,
    );
    const iteratorAgeMs =
      now.counters[`${region?.accountId}/${region?.region}/AWS/Lambda/${functionName}`]?.IteratorAge;
    while (latencies.length > 0 && latencies[0].at < Date.now() - LATENCY_WINDOW_MS) latencies.shift();
    return {
      elapsedMs: Date.now() - started,
      ratePerSecond: options.ratePerSecond,
      published: tally.published,
      malformed: tally.malformed,
      publishFailures: tally.failures,
      queues: Object.entries(names).map(([label, name]) => {
        const queue = queues.find((q) => q.name === name);
        return {
          label,
          visible: queue?.visible ?? 0,
          inFlight: queue?.inFlight ?? 0,
          delivered: counter("AWS/SQS", name, "NumberOfMessagesSent"),
          dlqVisible: (queue?.dlqArn !== undefined ? byArn.get(queue.dlqArn)?.visible : undefined) ?? 0,
        };
      }),
      subscriptionDlqVisible: byArn.get(value<string>(outputs, "subscription_dlq_arn") ?? "")?.visible ?? 0,
      streamRecords: counter("AWS/Kinesis", value<string>(outputs, "stream_name") ?? "", "IncomingRecords"),
      ...(functionName !== undefined
        ? {
            lambda: {
              invocations: counter("AWS/Lambda", functionName, "Invocations"),
              errors: counter("AWS/Lambda", functionName, "Errors"),
              failureQueueVisible: byArn.get(failureQueueArn ?? "")?.visible ?? 0,
              ...(iteratorAgeMs === undefined ? {} : { iteratorAgeMs }),
              ...(mapping
                ? { mapping: { state: mapping.state, lastProcessingResult: mapping.lastProcessingResult } }
                : {}),
            },
          }
        : {}),
      alarms: (region?.alarms ?? []).map((alarm) => ({ name: alarm.name, state: alarm.state })),
      ...(latencies.length > 0
        ? { latency: { ...summarizeLatencies(latencies.map((l) => l.ms)), count: latencies.length } }
        : {}),
    };
  }
}
