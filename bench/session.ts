import type { BenchOptions } from "./args.js";
import { selectedOperations } from "./args.js";
import {
  CLIENT_LABELS,
  OPERATION_LABELS,
  TARGET_LABELS,
  isSnsOperation,
  messagesPerSecond,
} from "./model.js";
import type { ClientKind, EmulatorMemory, LoadResult, Operation, RowResult, TargetName } from "./model.js";
import { readCpuTimes, readMemory } from "./processes.js";
import { createQueue, createSqsClient, runSdk, storedMessages, visibleMessages } from "./sdk-load.js";
import { createSnsClient, runSnsSdk, subscribedTopic } from "./sns-load.js";
import { formatMs, formatRate } from "./table.js";
import { startTarget } from "./targets.js";
import type { RunningTarget } from "./targets.js";
import { runWrk } from "./wrk-load.js";

/**
 * One bench session: every target runs at once (idle ones cost nothing), and each workload is measured against
 * all of them back to back, so rows that are compared with each other are seconds apart, not minutes, and drift
 * in what else the machine is doing skews them alike.
 */

const WARM_UP_SECONDS = 1;

export interface SessionResult {
  readonly rows: RowResult[];
  readonly memory: Partial<Record<TargetName, EmulatorMemory>>;
}

interface Run {
  readonly target: RunningTarget;
  readonly client: ClientKind;
  readonly queueUrl: string;
  readonly operation: Operation;
  readonly seconds: number;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function concurrencyFor(run: Run, options: BenchOptions): number {
  if (run.target.name === "moto") return options.motoConcurrency;
  return run.client === "wrk" ? options.wrkConnections : options.sdkConcurrency;
}

function drive(run: Run, options: BenchOptions): Promise<LoadResult> {
  const concurrency = concurrencyFor(run, options);
  if (run.client === "wrk")
    return runWrk({ ...run, endpoint: run.target.endpoint, connections: concurrency });
  const { operation } = run;
  if (isSnsOperation(operation)) {
    const sns = createSnsClient(run.target.endpoint, concurrency);
    return runSnsSdk({ ...run, operation, client: sns, topicArn: run.queueUrl, concurrency }).finally(() =>
      sns.destroy(),
    );
  }
  const client = createSqsClient(run.target.endpoint, concurrency);
  return runSdk({ ...run, client, concurrency }).finally(() => client.destroy());
}

async function withClient<T>(
  target: RunningTarget,
  use: (sdk: ReturnType<typeof createSqsClient>) => Promise<T>,
) {
  const sdk = createSqsClient(target.endpoint, 1);
  try {
    return await use(sdk);
  } finally {
    sdk.destroy();
  }
}

/**
 * Receive+delete needs a full queue for its whole row. The send rows normally leave more than enough; when
 * they did not run, or left too few, batch sends fill the queue first (untimed). Rows that still ran dry say so.
 */
async function fillForReceives(
  run: Run,
  options: BenchOptions,
  batchRate: number | undefined,
): Promise<void> {
  if (run.target.name === "ceiling") return;
  const wanted = batchRate === undefined ? Number.POSITIVE_INFINITY : batchRate * run.seconds;
  if ((await withClient(run.target, (sdk) => visibleMessages(sdk, run.queueUrl))) >= wanted) return;
  log(`  filling ${run.queueUrl} for the receive row`);
  await drive({ ...run, operation: "sqs-send-batch" }, options);
}

async function measure(run: Run, options: BenchOptions, rows: readonly RowResult[]): Promise<RowResult> {
  if (run.operation === "sqs-receive-delete") {
    const batchRow = rows.find(
      (r) => r.target === run.target.name && r.client === run.client && r.operation === "sqs-send-batch",
    );
    await fillForReceives(run, options, batchRow === undefined ? undefined : messagesPerSecond(batchRow));
  }
  const serverCpuBefore = readCpuTimes(run.target.pid).own;
  const result = await drive(run, options);
  const row: RowResult = {
    ...result,
    operation: run.operation,
    client: run.client,
    target: run.target.name,
    serverCpuSeconds: readCpuTimes(run.target.pid).own - serverCpuBefore,
  };
  log(
    `  ${TARGET_LABELS[row.target]}: ${formatRate(messagesPerSecond(row))} msg/s, ` +
      `p50 ${formatMs(row.latency.p50)} ms, p99 ${formatMs(row.latency.p99)} ms` +
      (row.errors > 0 ? `, ${row.errors} errors` : ""),
  );
  return row;
}

async function memoryAfterRows(target: RunningTarget, queueUrls: readonly string[]): Promise<EmulatorMemory> {
  const messagesStored = await withClient(target, (sdk) => storedMessages(sdk, queueUrls));
  return { ...readMemory(target.pid), messagesStored };
}

/**
 * What each row works on, made on first use: the SQS rows share one queue per target and client; each SNS row
 * has its own topic with its queues subscribed. The ceiling needs no topic: it answers any ARN.
 */
class Resources {
  private readonly made = new Map<string, string>();
  private readonly queues = new Map<RunningTarget, string[]>();

  async of(target: RunningTarget, client: ClientKind | "warm-up", operation: Operation): Promise<string> {
    const kind = isSnsOperation(operation) ? operation : "queue";
    const key = `${target.name}/${client}/${kind}`;
    let resource = this.made.get(key);
    if (resource === undefined) {
      resource = await this.make(target, `bench-${client}`, operation);
      this.made.set(key, resource);
    }
    return resource;
  }

  /** The SQS rows' queues of a target. */
  queueUrls(target: RunningTarget): string[] {
    return this.queues.get(target) ?? [];
  }

  private async make(target: RunningTarget, name: string, operation: Operation): Promise<string> {
    if (!isSnsOperation(operation)) {
      const url = await withClient(target, (sdk) => createQueue(sdk, name));
      this.queues.set(target, [...this.queueUrls(target), url]);
      return url;
    }
    if (target.name === "ceiling") return `arn:aws:sns:us-east-1:000000000000:${name}`;
    const sns = createSnsClient(target.endpoint, 1);
    try {
      return await withClient(target, (sqs) => subscribedTopic(sns, sqs, operation, `${name}-${operation}`));
    } finally {
      sns.destroy();
    }
  }
}

export async function runSession(
  targetNames: readonly TargetName[],
  clients: readonly ClientKind[],
  options: BenchOptions,
): Promise<SessionResult> {
  const targets: RunningTarget[] = [];
  try {
    for (const name of targetNames) {
      log(`starting ${TARGET_LABELS[name]}`);
      targets.push(await startTarget(name));
    }
    const resources = new Resources();
    const rows: RowResult[] = [];
    for (const client of clients) {
      for (const operation of selectedOperations(options)) {
        log(`${CLIENT_LABELS[client]}, ${OPERATION_LABELS[operation]}:`);
        for (const target of targets) {
          const seconds = target.name === "moto" ? options.motoDuration : options.duration;
          // Each target gets the same load right before its own row (moto none: it has no JIT, and its time
          // is better spent measuring), not once before all rows: a target would otherwise start its row
          // after idling through the others' rows, and a server that tidies up when idle (the emulator ends its
          // checkpoint thread after two seconds) would be measured restarting instead of running.
          const queueUrl = await resources.of(target, client, operation);
          if (target.name !== "moto") {
            const warmUpQueue = await resources.of(target, "warm-up", operation);
            await drive(
              { target, client, queueUrl: warmUpQueue, operation, seconds: WARM_UP_SECONDS },
              options,
            );
          }
          rows.push(await measure({ target, client, queueUrl, operation, seconds }, options, rows));
        }
      }
    }
    const memory: Partial<Record<TargetName, EmulatorMemory>> = {};
    for (const target of targets) {
      if (target.name === "ceiling" || target.name === "moto") continue;
      memory[target.name] = await memoryAfterRows(target, resources.queueUrls(target));
    }
    return { rows, memory };
  } finally {
    for (const target of targets) await target.stop();
  }
}
