import { join } from "node:path";
import type { KinesisRun } from "./kinesis-sdk.js";
import { RECORD_BYTES, RECORDS_PER_CALL } from "./kinesis-wire.js";
import { projectRoot } from "./paths.js";
import { runWrkScript } from "./wrk-load.js";

/** The load generator's Kinesis workloads: wrk with bench/kinesis.lua, over HTTP/1.1 keep-alive connections. */

const SCRIPT = join(projectRoot, "bench", "kinesis.lua");

/** As an SDK signs it (moto and kinesalite read the credential scope; the emulator checks no signature by default). */
const AUTHORIZATION =
  "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/kinesis/aws4_request, " +
  `SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${"0".repeat(64)}`;

/** One PutRecords body, sent as is by every call: 100 records under 100 distinct partition keys. */
export function putRecordsBody(streamName: string): string {
  const data = Buffer.alloc(RECORD_BYTES, 7).toString("base64");
  const records = Array.from({ length: RECORDS_PER_CALL }, (_, i) => ({
    Data: data,
    PartitionKey: `key-${i}`,
  }));
  return JSON.stringify({ StreamName: streamName, Records: records });
}

function fromReport(report: Awaited<ReturnType<typeof runWrkScript>>): KinesisRun {
  return {
    records: report.acked,
    errors: report.failed + report.transportErrors,
    seconds: report.durationUs / 1e6,
    calls: report.requests,
    clientCpuSeconds: report.generatorCpuSeconds,
  };
}

export async function putWithWrk(
  endpoint: string,
  streamName: string,
  seconds: number,
  connections: number,
): Promise<KinesisRun> {
  const report = await runWrkScript({
    endpoint,
    script: SCRIPT,
    seconds,
    connections,
    env: {
      BENCH_MODE: "kinesis-put",
      BENCH_BODY: putRecordsBody(streamName),
      BENCH_TARGET: "Kinesis_20131202.PutRecords",
      BENCH_AUTHORIZATION: AUTHORIZATION,
      BENCH_RECORDS_PER_CALL: String(RECORDS_PER_CALL),
    },
  });
  return fromReport(report);
}

/** GetRecords (10,000 a call) for `seconds`, one chain per iterator, each starting over when it reaches the end. */
export async function readWithWrk(
  endpoint: string,
  iterators: readonly string[],
  seconds: number,
): Promise<KinesisRun> {
  const report = await runWrkScript({
    endpoint,
    script: SCRIPT,
    seconds,
    connections: iterators.length,
    env: {
      BENCH_MODE: "kinesis-get",
      // As they appear inside a JSON string (moto's end in a newline), which is how the script sends them on.
      BENCH_ITERATORS: iterators.map((iterator) => JSON.stringify(iterator).slice(1, -1)).join(","),
      BENCH_TARGET: "Kinesis_20131202.GetRecords",
      BENCH_AUTHORIZATION: AUTHORIZATION,
    },
  });
  return fromReport(report);
}
