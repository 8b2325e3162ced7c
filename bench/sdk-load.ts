import { Agent } from "node:http";
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  SendMessageBatchCommand,
  SendMessageCommand,
} from "@aws-sdk/client-sqs";
import type { LoadResult, Operation } from "./model.js";
import type { SQS_OPERATIONS } from "./model.js";
import { BATCH_SIZE, MESSAGE_BODY, batchEntryIds } from "./sqs-wire.js";
import { summarizeLatencies } from "./stats.js";

/** A client as an application would configure it: keep-alive sockets, one per in-flight call, no retries. */
export function benchClientConfig(endpoint: string, concurrency: number) {
  return {
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
    // Retries would hide failures and stretch latencies; the bench counts errors instead.
    maxAttempts: 1,
    requestHandler: {
      httpAgent: new Agent({ keepAlive: true, maxSockets: concurrency }),
      requestTimeout: 30_000,
    },
  };
}

export function createSqsClient(endpoint: string, concurrency: number): SQSClient {
  return new SQSClient(benchClientConfig(endpoint, concurrency));
}

export async function createQueue(client: SQSClient, name: string): Promise<string> {
  const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: name }));
  if (QueueUrl === undefined) throw new Error(`CreateQueue ${name} returned no QueueUrl`);
  return QueueUrl;
}

export async function visibleMessages(client: SQSClient, queueUrl: string): Promise<number> {
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["ApproximateNumberOfMessages"] }),
  );
  return Number(Attributes?.ApproximateNumberOfMessages ?? 0);
}

/** Messages the queues still hold, visible, in flight or delayed: context for the memory reading. */
export async function storedMessages(client: SQSClient, queueUrls: readonly string[]): Promise<number> {
  let total = 0;
  for (const QueueUrl of queueUrls) {
    const { Attributes = {} } = await client.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: [
          "ApproximateNumberOfMessages",
          "ApproximateNumberOfMessagesNotVisible",
          "ApproximateNumberOfMessagesDelayed",
        ],
      }),
    );
    total += Object.values(Attributes).reduce((sum, count) => sum + Number(count), 0);
  }
  return total;
}

export interface Tally {
  calls: number;
  messages: number;
  errors: number;
  emptyReceives: number;
  firstError?: string;
  readonly latenciesMs: number[];
}

/** Times one call; a rejected call counts as an error and its latency is not recorded. */
export async function timed<T>(tally: Tally, call: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  try {
    const result = await call();
    tally.latenciesMs.push(performance.now() - started);
    tally.calls += 1;
    return result;
  } catch (error) {
    tally.errors += 1;
    tally.firstError ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return undefined;
  }
}

const batchEntries = batchEntryIds().map((Id) => ({ Id, MessageBody: MESSAGE_BODY }));

/** One unit of work per operation; each returns when its calls have completed. */
type SqsOperation = (typeof SQS_OPERATIONS)[number];

const STEPS: Record<SqsOperation, (client: SQSClient, queueUrl: string, tally: Tally) => Promise<void>> = {
  async "sqs-send"(client, QueueUrl, tally) {
    const reply = await timed(tally, () =>
      client.send(new SendMessageCommand({ QueueUrl, MessageBody: MESSAGE_BODY })),
    );
    if (reply !== undefined) tally.messages += 1;
  },
  async "sqs-send-batch"(client, QueueUrl, tally) {
    const reply = await timed(tally, () =>
      client.send(new SendMessageBatchCommand({ QueueUrl, Entries: batchEntries })),
    );
    if (reply === undefined) return;
    tally.messages += reply.Successful?.length ?? 0;
    tally.errors += reply.Failed?.length ?? 0;
  },
  async "sqs-receive-delete"(client, QueueUrl, tally) {
    const received = await timed(tally, () =>
      client.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: BATCH_SIZE, WaitTimeSeconds: 0 }),
      ),
    );
    const messages = received?.Messages ?? [];
    if (received !== undefined && messages.length === 0) tally.emptyReceives += 1;
    if (messages.length === 0) return;
    const Entries = messages.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle }));
    const deleted = await timed(tally, () =>
      client.send(new DeleteMessageBatchCommand({ QueueUrl, Entries })),
    );
    if (deleted === undefined) return;
    tally.messages += deleted.Successful?.length ?? 0;
    tally.errors += deleted.Failed?.length ?? 0;
  },
};

export interface SdkRunOptions {
  readonly client: SQSClient;
  readonly queueUrl: string;
  readonly operation: Operation;
  readonly seconds: number;
  readonly concurrency: number;
}

/** Closed loop: `concurrency` workers each repeat the step until the time is up, then finish their call. */
export async function runSdk(options: SdkRunOptions): Promise<LoadResult> {
  const step = STEPS[options.operation as SqsOperation];
  return runClosedLoop((tally) => step(options.client, options.queueUrl, tally), options);
}

/** `concurrency` workers repeating `step` for `seconds`, tallied into one LoadResult. */
export async function runClosedLoop(
  step: (tally: Tally) => Promise<void>,
  options: { readonly seconds: number; readonly concurrency: number },
): Promise<LoadResult> {
  const tally: Tally = { calls: 0, messages: 0, errors: 0, emptyReceives: 0, latenciesMs: [] };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) await step(tally);
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    calls: tally.calls,
    messages: tally.messages,
    seconds,
    latency: summarizeLatencies(tally.latenciesMs),
    errors: tally.errors,
    emptyReceives: tally.emptyReceives,
    generatorCpuSeconds: (cpu.user + cpu.system) / 1e6,
    ...(tally.firstError === undefined ? {} : { firstError: tally.firstError }),
  };
}
