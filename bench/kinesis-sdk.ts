import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  type GetRecordsCommandOutput,
  ListShardsCommand,
  PutRecordsCommand,
} from "@aws-sdk/client-kinesis";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { RECORD_BYTES, RECORDS_PER_CALL, SHARDS } from "./kinesis-wire.js";

/** The SDK's default handler (HTTP/2 to http:// endpoints) or its HTTP/1.1 handler. */
export type KinesisHandler = "http2" | "http1";

/**
 * What a timed run of calls did: records acknowledged, records or calls refused, how long it took, how many
 * calls completed and the CPU the client spent on them (the SDK's process or wrk).
 */
export interface KinesisRun {
  readonly records: number;
  readonly errors: number;
  readonly seconds: number;
  readonly calls: number;
  readonly clientCpuSeconds: number;
  readonly firstError?: string;
}

/** CPU seconds this process has used since `before` (a `process.cpuUsage()` reading). */
function cpuSecondsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export function kinesisClient(endpoint: string, handler: KinesisHandler, concurrency: number): KinesisClient {
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

export async function activeStream(sdk: KinesisClient, StreamName: string): Promise<void> {
  await sdk.send(new CreateStreamCommand({ StreamName, ShardCount: SHARDS }));
  for (;;) {
    const { StreamDescriptionSummary } = await sdk.send(new DescribeStreamSummaryCommand({ StreamName }));
    if (StreamDescriptionSummary?.StreamStatus === "ACTIVE") return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A TRIM_HORIZON iterator for each shard of the stream. */
export async function trimHorizonIterators(sdk: KinesisClient, StreamName: string): Promise<string[]> {
  const { Shards = [] } = await sdk.send(new ListShardsCommand({ StreamName }));
  return Promise.all(
    Shards.map(async (shard) => {
      const { ShardIterator } = await sdk.send(
        new GetShardIteratorCommand({
          StreamName,
          ShardId: shard.ShardId,
          ShardIteratorType: "TRIM_HORIZON",
        }),
      );
      if (ShardIterator === undefined) throw new Error(`no iterator for ${shard.ShardId}`);
      return ShardIterator;
    }),
  );
}

/** PutRecords of 100 distinct partition keys a call from `concurrency` workers until `seconds` have passed. */
export async function putWithSdk(
  sdk: KinesisClient,
  StreamName: string,
  seconds: number,
  concurrency: number,
): Promise<KinesisRun> {
  const data = Buffer.alloc(RECORD_BYTES, 7);
  let records = 0;
  let errors = 0;
  let calls = 0;
  let firstError: string | undefined;
  const cpuBefore = process.cpuUsage();
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
          calls++;
          records += RECORDS_PER_CALL - (out.FailedRecordCount ?? 0);
          errors += out.FailedRecordCount ?? 0;
        } catch (error) {
          errors++;
          firstError ??= String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    records,
    errors,
    seconds: elapsed,
    calls,
    clientCpuSeconds: cpuSecondsSince(cpuBefore),
    ...(firstError === undefined ? {} : { firstError }),
  };
}

/** Reads every shard from TRIM_HORIZON, all shards in parallel, until a page comes back empty. */
export async function drainWithSdk(sdk: KinesisClient, StreamName: string): Promise<KinesisRun> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let calls = 0;
  const counts = await Promise.all(
    (await trimHorizonIterators(sdk, StreamName)).map(async (first) => {
      let ShardIterator: string | undefined = first;
      let read = 0;
      while (ShardIterator !== undefined) {
        const page: GetRecordsCommandOutput = await sdk.send(
          new GetRecordsCommand({ ShardIterator, Limit: 10_000 }),
        );
        calls++;
        const got = page.Records?.length ?? 0;
        if (got === 0) break;
        read += got;
        ShardIterator = page.NextShardIterator;
      }
      return read;
    }),
  );
  const records = counts.reduce((sum, count) => sum + count, 0);
  return {
    records,
    errors: 0,
    seconds: (performance.now() - started) / 1000,
    calls,
    clientCpuSeconds: cpuSecondsSince(cpuBefore),
  };
}
