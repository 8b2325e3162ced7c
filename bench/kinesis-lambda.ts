import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Agent } from "node:http";
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { PutRecordsCommand, type KinesisClient } from "@aws-sdk/client-kinesis";
import {
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  GetEventSourceMappingCommand,
  GetFunctionCommand,
  LambdaClient,
} from "@aws-sdk/client-lambda";
import { zipSync } from "fflate";
import type { BenchOptions } from "./args.js";
import { postExpectingOk } from "./keep-alive-post.js";
import { activeStream, kinesisClient } from "./kinesis-sdk.js";
import { openLoop } from "./open-loop.js";
import { makeTempDir, removeTempDir } from "./processes.js";
import { summarizeLatencies } from "./stats.js";
import { formatMs, formatRate, markdownTable } from "./table.js";
import { startEmulator, type RunningTarget } from "./targets.js";

/** The targets: put-record → handler p99 at a steady 1,000 records/s, and sustained records/s. */
export const KINESIS_LAMBDA_P99_TARGET_MS = 20;
export const KINESIS_LAMBDA_THROUGHPUT_TARGET = 5_000;
const LATENCY_RATE = 1_000;
const WARM_UP_SECONDS = 1;
/** The backlog the throughput row drains: records put before the mapping exists, then read from TRIM_HORIZON. */
const THROUGHPUT_RECORDS = 50_000;
const PUT_BATCH = 500;
const PUT_WORKERS = 8;

export interface KinesisLambdaResult {
  readonly latency: {
    readonly ratePerSecond: number;
    readonly put: number;
    readonly received: number;
    readonly errors: number;
    readonly p50: number;
    readonly p99: number;
    readonly max: number;
    /** The PutRecord calls' own latency (to their reply), which the put → handler latency includes. */
    readonly putP50: number;
    readonly putP99: number;
  };
  readonly throughput: {
    readonly records: number;
    readonly received: number;
    readonly seconds: number;
    readonly recordsPerSecond: number;
    readonly batches: number;
  };
}

/**
 * Writes, per batch, one line per record: the record's data (the producer's send time, epoch ms) and the
 * handler's receive time, taken before the write. Its own cost (one appendFileSync per batch, tens of µs)
 * comes after the receive time, so it delays only the next batch.
 */
const LATENCY_HANDLER = `import { appendFileSync } from "node:fs";
export const handler = async (event) => {
  const received = performance.timeOrigin + performance.now();
  let lines = "";
  for (const record of event.Records) lines += Buffer.from(record.kinesis.data, "base64").toString() + " " + received + "\\n";
  appendFileSync(process.env.OUT, lines);
  return null;
};
`;

/** A no-op handler but for one short line per batch (its record count): how the bench counts what arrived. */
const COUNTING_HANDLER = `import { appendFileSync } from "node:fs";
export const handler = async (event) => {
  appendFileSync(process.env.OUT, event.Records.length + "\\n");
  return null;
};
`;

const credentials = { accessKeyId: "bench", secretAccessKey: "bench" };
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
});
const READ_STREAMS = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "kinesis:*", Resource: "*" }],
});

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mappingRole(endpoint: string): Promise<string> {
  const iam = new IAMClient({ endpoint, region: "us-east-1", credentials });
  try {
    const role = await iam.send(
      new CreateRoleCommand({ RoleName: "bench-esm", AssumeRolePolicyDocument: TRUST }),
    );
    await iam.send(
      new PutRolePolicyCommand({ RoleName: "bench-esm", PolicyName: "read", PolicyDocument: READ_STREAMS }),
    );
    return role.Role?.Arn ?? "";
  } finally {
    iam.destroy();
  }
}

/** A function running `code` that writes to `out`, and a mapping from `stream` to it, Enabled. */
async function consumer(
  lambda: LambdaClient,
  role: string,
  name: string,
  code: string,
  out: string,
  streamArn: string,
): Promise<void> {
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      Role: role,
      Code: { ZipFile: Buffer.from(zipSync({ "index.mjs": Buffer.from(code) })) },
      Environment: { Variables: { OUT: out } },
    }),
  );
  while (
    (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration?.State !== "Active"
  ) {
    await sleep(10);
  }
  const { UUID } = await lambda.send(
    new CreateEventSourceMappingCommand({
      FunctionName: name,
      EventSourceArn: streamArn,
      StartingPosition: "TRIM_HORIZON",
      BatchSize: 100,
    }),
  );
  while ((await lambda.send(new GetEventSourceMappingCommand({ UUID }))).State !== "Enabled") await sleep(10);
}

const streamArnOf = (name: string) => `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`;

function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "");
}

/** Waits until `count()` reaches `total` or stops growing for `idleMs`. */
async function waitFor(count: () => number, total: number, idleMs = 5_000): Promise<number> {
  let last = -1;
  let since = performance.now();
  for (;;) {
    const now = count();
    if (now >= total) return now;
    if (now !== last) [last, since] = [now, performance.now()];
    else if (performance.now() - since > idleMs) return now;
    await sleep(20);
  }
}

/** What one steady-rate run of PutRecord calls did. */
interface SteadyRun {
  readonly put: number;
  readonly errors: number;
  readonly putLatencies: readonly number[];
}

const PUT_RECORD_HEADERS = {
  "content-type": "application/x-amz-json-1.1",
  "x-amz-target": "Kinesis_20131202.PutRecord",
};

/**
 * PutRecord at a steady rate, each record carrying its send time, as raw JSON-protocol requests on kept-alive
 * connections (unsigned: the emulator runs without SigV4 checks here). Not the SDK: its ~0.6 ms of CPU per
 * call would make the load generator, not the emulator, the bottleneck at 1,000 calls a second on two cores.
 */
async function steadyPuts(endpoint: string, StreamName: string, seconds: number): Promise<SteadyRun> {
  const total = LATENCY_RATE * seconds;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const url = new URL(endpoint);
  try {
    const run = await openLoop(LATENCY_RATE, total, (i) => {
      const sentAt = performance.timeOrigin + performance.now();
      const body = JSON.stringify({
        StreamName,
        PartitionKey: `k${i}`,
        Data: Buffer.from(sentAt.toFixed(3)).toString("base64"),
      });
      return postExpectingOk("PutRecord", agent, url, "/", PUT_RECORD_HEADERS, body);
    });
    return { put: total - run.errors, errors: run.errors, putLatencies: run.latencies };
  } finally {
    agent.destroy();
  }
}

/**
 * Put-record → handler latency at a steady rate. A warm-up second first (the function's worker starts, the
 * client opens its connections), whose records are left out; then the measured run.
 */
async function latencyRow(
  endpoint: string,
  kinesis: KinesisClient,
  lambda: LambdaClient,
  role: string,
  dir: string,
  seconds: number,
): Promise<KinesisLambdaResult["latency"]> {
  const out = join(dir, "latency.txt");
  await activeStream(kinesis, "latency");
  await consumer(lambda, role, "bench-latency", LATENCY_HANDLER, out, streamArnOf("latency"));
  const warmUp = await steadyPuts(endpoint, "latency", WARM_UP_SECONDS);
  await waitFor(() => readLines(out).length, warmUp.put);
  const skipped = readLines(out).length;
  const run = await steadyPuts(endpoint, "latency", seconds);
  await waitFor(() => readLines(out).length - skipped, run.put);
  const latencies = readLines(out)
    .slice(skipped)
    .map((line) => {
      const [sent, received] = line.split(" ").map(Number);
      return received - sent;
    });
  const put = summarizeLatencies(run.putLatencies);
  return {
    ratePerSecond: LATENCY_RATE,
    put: run.put,
    received: latencies.length,
    errors: run.errors,
    ...summarizeLatencies(latencies),
    putP50: put.p50,
    putP99: put.p99,
  };
}

/** A backlog put before the mapping exists, then drained through a no-op handler in batches of 100. */
async function throughputRow(
  kinesis: KinesisClient,
  lambda: LambdaClient,
  role: string,
  dir: string,
): Promise<KinesisLambdaResult["throughput"]> {
  const out = join(dir, "throughput.txt");
  await activeStream(kinesis, "throughput");
  const data = Buffer.alloc(100, 120);
  const calls = THROUGHPUT_RECORDS / PUT_BATCH;
  for (let first = 0; first < calls; first += PUT_WORKERS) {
    const wave = Array.from({ length: Math.min(PUT_WORKERS, calls - first) }, (_, worker) => first + worker);
    await Promise.all(
      wave.map((call) =>
        kinesis.send(
          new PutRecordsCommand({
            StreamName: "throughput",
            Records: Array.from({ length: PUT_BATCH }, (_, i) => ({
              PartitionKey: `k${call * PUT_BATCH + i}`,
              Data: data,
            })),
          }),
        ),
      ),
    );
  }
  const counted = () => readLines(out).reduce((sum, line) => sum + Number(line), 0);
  const started = performance.now();
  await consumer(lambda, role, "bench-throughput", COUNTING_HANDLER, out, streamArnOf("throughput"));
  const received = await waitFor(counted, THROUGHPUT_RECORDS);
  const seconds = (performance.now() - started) / 1000;
  return {
    records: THROUGHPUT_RECORDS,
    received,
    seconds,
    recordsPerSecond: received / seconds,
    batches: existsSync(out) ? readLines(out).length : 0,
  };
}

/** Kinesis → Lambda through an event source mapping, against the emulator with a data dir. */
export async function runKinesisLambdaBench(options: BenchOptions): Promise<KinesisLambdaResult> {
  log("Kinesis → Lambda: starting the emulator with a data dir");
  const target: RunningTarget = await startEmulator(true);
  const dir = makeTempDir("eda-bench-esm-");
  const kinesis = kinesisClient(target.endpoint, "http1", 64);
  const lambda = new LambdaClient({
    endpoint: target.endpoint,
    region: "us-east-1",
    credentials,
    maxAttempts: 1,
  });
  try {
    const role = await mappingRole(target.endpoint);
    const latency = await latencyRow(target.endpoint, kinesis, lambda, role, dir, options.duration * 2);
    log(
      `  latency at ${latency.ratePerSecond}/s: p50 ${formatMs(latency.p50)} ms, p99 ${formatMs(latency.p99)} ms, ` +
        `${latency.received}/${latency.put} received; PutRecord itself p50 ${formatMs(latency.putP50)} ms, p99 ${formatMs(latency.putP99)} ms`,
    );
    const throughput = await throughputRow(kinesis, lambda, role, dir);
    log(
      `  throughput: ${formatRate(throughput.recordsPerSecond)} records/s (${throughput.received} records)`,
    );
    return { latency, throughput };
  } finally {
    kinesis.destroy();
    lambda.destroy();
    await target.stop();
    removeTempDir(dir);
  }
}

export function kinesisLambdaSection(result: KinesisLambdaResult): string[] {
  const { latency, throughput } = result;
  return [
    "### Kinesis → Lambda through an event source mapping (emulator with a data dir, HTTP/1.1)",
    "",
    markdownTable(
      ["row", "result", "target", "verdict", "detail"],
      [
        [
          "kinesis→lambda latency",
          `p50 ${formatMs(latency.p50)} ms, p99 ${formatMs(latency.p99)} ms, max ${formatMs(latency.max)} ms`,
          `p99 ≤ ${KINESIS_LAMBDA_P99_TARGET_MS} ms`,
          latency.p99 <= KINESIS_LAMBDA_P99_TARGET_MS ? "met" : "NOT met",
          `PutRecord at ${latency.ratePerSecond}/s (its own p50 ${formatMs(latency.putP50)} ms, p99 ${formatMs(latency.putP99)} ms), ${latency.received}/${latency.put} received, ${latency.errors} errors`,
        ],
        [
          "kinesis→lambda throughput",
          `${formatRate(throughput.recordsPerSecond)} records/s`,
          `≥ ${formatRate(KINESIS_LAMBDA_THROUGHPUT_TARGET)} records/s`,
          throughput.recordsPerSecond >= KINESIS_LAMBDA_THROUGHPUT_TARGET ? "met" : "NOT met",
          `${throughput.received}/${throughput.records} records of a backlog in ${throughput.batches} batches of ≤ 100, ${throughput.seconds.toFixed(1)} s`,
        ],
      ],
    ),
    "",
    "Latency: from just before the PutRecord call to the handler's first statement (its receive time, written",
    "with the record's send time to a file, one append per batch after the clock is read), after a warm-up",
    "second that is left out (worker start, client connections). The PutRecord calls are raw JSON-protocol",
    "requests on kept-alive connections, not the SDK, whose CPU per call would make the generator the",
    "bottleneck at this rate. Throughput: a 50,000-record backlog on 4 shards (put with the SDK's PutRecords),",
    "drained from TRIM_HORIZON by a handler whose only work is appending its batch's record count to a file,",
    "timed from CreateEventSourceMapping to the last record.",
    "",
  ];
}
