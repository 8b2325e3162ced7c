import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  PutRecordsCommand,
} from "@aws-sdk/client-kinesis";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { BenchOptions } from "./args.js";
import { TARGET_LABELS, type TargetName } from "./model.js";
import { readCpuTimes } from "./processes.js";
import { formatRate, formatRatio, markdownTable } from "./table.js";
import { startEmulator, startMoto, type RunningTarget } from "./targets.js";

/** The SDK's default handler (HTTP/2 to http:// endpoints) or its HTTP/1.1 handler. */
export type KinesisHandler = "http2" | "http1";

/** One target and handler: PutRecords (100 records a call) for a row's length, then a drain of what it wrote. */
export interface KinesisRow {
  readonly target: TargetName;
  readonly handler: KinesisHandler;
  readonly putRecordsPerSecond: number;
  readonly getRecordsPerSecond: number;
  readonly recordsWritten: number;
  readonly recordsRead: number;
  readonly errors: number;
  readonly serverCpuSeconds: number;
  readonly firstError?: string;
}

const SHARDS = 4;
const RECORDS_PER_CALL = 100;
const RECORD_BYTES = 100;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function client(endpoint: string, handler: KinesisHandler, concurrency: number): KinesisClient {
  return new KinesisClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" },
    maxAttempts: 1,
    ...(handler === "http1"
      ? { requestHandler: new NodeHttpHandler({ httpAgent: { keepAlive: true, maxSockets: concurrency } }) }
      : {}),
  });
}

async function activeStream(sdk: KinesisClient, StreamName: string): Promise<void> {
  await sdk.send(new CreateStreamCommand({ StreamName, ShardCount: SHARDS }));
  for (;;) {
    const { StreamDescriptionSummary } = await sdk.send(new DescribeStreamSummaryCommand({ StreamName }));
    if (StreamDescriptionSummary?.StreamStatus === "ACTIVE") return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reads every shard from TRIM_HORIZON until a page comes back empty; the records read. */
async function drain(sdk: KinesisClient, StreamName: string): Promise<number> {
  const { Shards = [] } = await sdk.send(new ListShardsCommand({ StreamName }));
  const counts = await Promise.all(
    Shards.map(async (shard) => {
      let { ShardIterator } = await sdk.send(
        new GetShardIteratorCommand({
          StreamName,
          ShardId: shard.ShardId,
          ShardIteratorType: "TRIM_HORIZON",
        }),
      );
      let read = 0;
      while (ShardIterator !== undefined) {
        const page = await sdk.send(new GetRecordsCommand({ ShardIterator, Limit: 10_000 }));
        const got = page.Records?.length ?? 0;
        if (got === 0) break;
        read += got;
        ShardIterator = page.NextShardIterator;
      }
      return read;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

async function measure(
  target: RunningTarget,
  handler: KinesisHandler,
  seconds: number,
  concurrency: number,
): Promise<KinesisRow> {
  const sdk = client(target.endpoint, handler, concurrency);
  const StreamName = `bench-${handler}`;
  try {
    await activeStream(sdk, StreamName);
    const data = Buffer.alloc(RECORD_BYTES, 7);
    const cpuBefore = readCpuTimes(target.pid).own;
    let written = 0;
    let errors = 0;
    let firstError: string | undefined;
    const started = performance.now();
    const end = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        let call = 0;
        while (performance.now() < end) {
          const Records = Array.from({ length: RECORDS_PER_CALL }, (_, i) => ({
            PartitionKey: `w${worker}-${call}-${i}`,
            Data: data,
          }));
          call++;
          try {
            const out = await sdk.send(new PutRecordsCommand({ StreamName, Records }));
            written += RECORDS_PER_CALL - (out.FailedRecordCount ?? 0);
            errors += out.FailedRecordCount ?? 0;
          } catch (error) {
            errors++;
            firstError ??= String(error);
          }
        }
      }),
    );
    const putSeconds = (performance.now() - started) / 1000;
    const drainStarted = performance.now();
    const read = await drain(sdk, StreamName);
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    return {
      target: target.name,
      handler,
      putRecordsPerSecond: written / putSeconds,
      getRecordsPerSecond: read / drainSeconds,
      recordsWritten: written,
      recordsRead: read,
      errors,
      serverCpuSeconds: readCpuTimes(target.pid).own - cpuBefore,
      ...(firstError === undefined ? {} : { firstError }),
    };
  } finally {
    sdk.destroy();
  }
}

/**
 * Kinesis rows: PutRecords and a GetRecords drain with the AWS SDK, against the emulator with a data dir (and in
 * memory) over both handlers, and against moto_server over HTTP/1.1 (it does not speak h2c).
 */
export async function runKinesisBench(
  targetNames: readonly TargetName[],
  options: BenchOptions,
): Promise<KinesisRow[]> {
  const starters: Partial<Record<TargetName, () => Promise<RunningTarget>>> = {
    "emulator-durable": () => startEmulator(true),
    "emulator-memory": () => startEmulator(false),
    moto: startMoto,
  };
  const rows: KinesisRow[] = [];
  for (const name of targetNames) {
    const start = starters[name];
    if (start === undefined) continue;
    log(`Kinesis: starting ${TARGET_LABELS[name]}`);
    const target = await start();
    try {
      const handlers: KinesisHandler[] = name === "moto" ? ["http1"] : ["http1", "http2"];
      for (const handler of handlers) {
        const seconds = name === "moto" ? options.motoDuration : options.duration;
        const concurrency = name === "moto" ? options.motoConcurrency : options.sdkConcurrency;
        const row = await measure(target, handler, seconds, concurrency);
        log(
          `  ${TARGET_LABELS[name]} (${handler}): PutRecords ${formatRate(row.putRecordsPerSecond)} rec/s, ` +
            `GetRecords ${formatRate(row.getRecordsPerSecond)} rec/s` +
            (row.errors > 0 ? `, ${row.errors} errors` : ""),
        );
        rows.push(row);
      }
    } finally {
      await target.stop();
    }
  }
  return rows;
}

export function kinesisTable(rows: readonly KinesisRow[]): string {
  const moto = rows.find((row) => row.target === "moto");
  return markdownTable(
    [
      "Target",
      "SDK handler",
      "PutRecords (100) rec/s",
      "× moto",
      "GetRecords drain rec/s",
      "× moto",
      "errors",
    ],
    rows.map((row) => [
      TARGET_LABELS[row.target],
      row.handler === "http2" ? "default (HTTP/2)" : "NodeHttpHandler (HTTP/1.1)",
      formatRate(row.putRecordsPerSecond),
      row.target === "moto" ? "" : formatRatio(row.putRecordsPerSecond, moto?.putRecordsPerSecond),
      formatRate(row.getRecordsPerSecond),
      row.target === "moto" ? "" : formatRatio(row.getRecordsPerSecond, moto?.getRecordsPerSecond),
      String(row.errors),
    ]),
  );
}
