import type { BenchOptions } from "./args.js";
import type { KinesisClient } from "@aws-sdk/client-kinesis";
import {
  activeStream,
  drainWithSdk,
  kinesisClient,
  putWithSdk,
  trimHorizonIterators,
  type KinesisHandler,
  type KinesisRun,
} from "./kinesis-sdk.js";
import { putWithWrk, readWithWrk } from "./kinesis-wrk.js";
import { TARGET_LABELS, type ClientKind, type TargetName } from "./model.js";
import { readCpuTimes } from "./processes.js";
import { formatCpuPerCall, formatRate, formatRatio, markdownTable } from "./table.js";
import { startKinesisCeiling, startTarget, type RunningTarget } from "./targets.js";

export type { KinesisHandler } from "./kinesis-sdk.js";

/** One target, client and handler: PutRecords (100 records a call) for a row's length, then GetRecords. */
export interface KinesisRow {
  readonly target: TargetName;
  readonly client: ClientKind;
  /** wrk speaks HTTP/1.1. */
  readonly handler: KinesisHandler;
  readonly putRecordsPerSecond: number;
  /** Not measured against the ceiling, which has no records to read. */
  readonly getRecordsPerSecond?: number;
  readonly recordsWritten: number;
  readonly recordsRead: number;
  readonly errors: number;
  /** PutRecords calls completed, and the CPU the server and the client spent while they ran. */
  readonly putCalls: number;
  readonly putServerCpuSeconds: number;
  readonly putClientCpuSeconds: number;
  readonly firstError?: string;
}

/** The targets for the emulator with a data dir, against kinesalite in the same run. */
export const KINESALITE_PUT_TARGET = 4;
export const KINESALITE_GET_TARGET = 2;
/** The SDK's default (HTTP/2) handler at most this much slower than its HTTP/1.1 handler. */
export const HTTP2_SLOWDOWN_TARGET = 0.2;

/**
 * Each row's client (and the server's code for that protocol) first runs the row's PutRecords for this long
 * into a stream of its own, unmeasured, so no row is timed on a cold JIT while a later one runs warm.
 */
const WARM_UP_SECONDS = 1.5;

/** The Kinesis peers speak only HTTP/1.1 (neither answers h2c). */
const HTTP1_ONLY: ReadonlySet<TargetName> = new Set(["moto", "kinesalite"]);

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface Measurement {
  readonly target: RunningTarget;
  readonly client: ClientKind;
  readonly handler: KinesisHandler;
  readonly seconds: number;
  readonly concurrency: number;
}

/** PutRecords with the row's client for `seconds` into `StreamName`. */
function putRecords(
  m: Measurement,
  sdk: KinesisClient,
  StreamName: string,
  seconds: number,
): Promise<KinesisRun> {
  return m.client === "sdk"
    ? putWithSdk(sdk, StreamName, seconds, m.concurrency)
    : putWithWrk(m.target.endpoint, StreamName, seconds, m.concurrency);
}

/** The SDK drains what was written; wrk reads for the row's length, starting over at the end of each shard. */
async function getRecords(m: Measurement, sdk: KinesisClient, StreamName: string): Promise<KinesisRun> {
  return m.client === "sdk"
    ? drainWithSdk(sdk, StreamName)
    : readWithWrk(m.target.endpoint, await trimHorizonIterators(sdk, StreamName), m.seconds);
}

/** moto runs no JIT and is slow to write to; warming it would only spend the time budget. */
async function warmUp(m: Measurement, sdk: KinesisClient): Promise<void> {
  if (m.target.name === "moto") return;
  const StreamName = `bench-${m.client}-${m.handler}-warm-up`;
  await activeStream(sdk, StreamName);
  await putRecords(m, sdk, StreamName, WARM_UP_SECONDS);
}

/** A warm-up, then PutRecords for the row's length into a fresh stream, then GetRecords of what was written. */
async function measure(m: Measurement): Promise<KinesisRow> {
  const StreamName = `bench-${m.client}-${m.handler}`;
  const sdk = kinesisClient(m.target.endpoint, m.handler, m.concurrency);
  try {
    await warmUp(m, sdk);
    await activeStream(sdk, StreamName);
    const cpuBefore = readCpuTimes(m.target.pid).own;
    const put = await putRecords(m, sdk, StreamName, m.seconds);
    const putServerCpuSeconds = readCpuTimes(m.target.pid).own - cpuBefore;
    const get = m.target.name === "ceiling" ? undefined : await getRecords(m, sdk, StreamName);
    const firstError = put.firstError ?? get?.firstError;
    return {
      target: m.target.name,
      client: m.client,
      handler: m.handler,
      putRecordsPerSecond: put.records / put.seconds,
      ...(get === undefined ? {} : { getRecordsPerSecond: get.records / get.seconds }),
      recordsWritten: put.records,
      recordsRead: get?.records ?? 0,
      errors: put.errors + (get?.errors ?? 0),
      putCalls: put.calls,
      putServerCpuSeconds,
      putClientCpuSeconds: put.clientCpuSeconds,
      ...(firstError === undefined ? {} : { firstError }),
    };
  } finally {
    sdk.destroy();
  }
}

/** The rows of one target: the SDK over HTTP/1.1 (and HTTP/2 where it is spoken), then wrk. */
function measurements(
  target: RunningTarget,
  clients: readonly ClientKind[],
  options: BenchOptions,
): Measurement[] {
  const moto = target.name === "moto";
  const seconds = moto ? options.motoDuration : options.duration;
  const out: Measurement[] = [];
  if (clients.includes("sdk")) {
    const concurrency = moto ? options.motoConcurrency : options.sdkConcurrency;
    out.push({ target, client: "sdk", handler: "http1", seconds, concurrency });
    if (!HTTP1_ONLY.has(target.name))
      out.push({ target, client: "sdk", handler: "http2", seconds, concurrency });
  }
  if (clients.includes("wrk")) {
    const concurrency = moto ? options.motoConcurrency : options.wrkConnections;
    out.push({ target, client: "wrk", handler: "http1", seconds, concurrency });
  }
  return out;
}

/**
 * Kinesis rows: PutRecords and GetRecords with the AWS SDK (a drain of what was written) and with wrk (reading
 * for a row's length), against the emulator with a data dir (and in memory), kinesalite and moto_server.
 */
export async function runKinesisBench(
  targetNames: readonly TargetName[],
  clients: readonly ClientKind[],
  options: BenchOptions,
): Promise<KinesisRow[]> {
  const rows: KinesisRow[] = [];
  for (const name of targetNames) {
    log(`Kinesis: starting ${TARGET_LABELS[name]}`);
    const target = name === "ceiling" ? await startKinesisCeiling() : await startTarget(name);
    try {
      for (const measurement of measurements(target, clients, options)) {
        const row = await measure(measurement);
        log(
          `  ${TARGET_LABELS[name]} (${rowClientLabel(row)}): PutRecords ${formatRate(row.putRecordsPerSecond)} ` +
            `rec/s (server ${formatCpuPerCall(row.putServerCpuSeconds, row.putCalls)} µs/call, client ` +
            `${formatCpuPerCall(row.putClientCpuSeconds, row.putCalls)}), GetRecords ` +
            `${formatRateOrDash(row.getRecordsPerSecond)} rec/s` +
            (row.errors > 0 ? `, ${row.errors} errors (${row.firstError ?? "refused records"})` : ""),
        );
        rows.push(row);
      }
    } finally {
      await target.stop();
    }
  }
  return rows;
}

function rowClientLabel(row: KinesisRow): string {
  if (row.client === "wrk") return "wrk, HTTP/1.1";
  return row.handler === "http2" ? "SDK default (HTTP/2)" : "SDK NodeHttpHandler (HTTP/1.1)";
}

function formatRateOrDash(perSecond: number | undefined): string {
  return perSecond === undefined ? "–" : formatRate(perSecond);
}

/** The peer's row measured with the same client (the SDK's only over HTTP/1.1). */
function peerRow(rows: readonly KinesisRow[], peer: TargetName, client: ClientKind): KinesisRow | undefined {
  return rows.find((row) => row.target === peer && row.client === client);
}

export function kinesisTable(rows: readonly KinesisRow[]): string {
  const ratio = (
    row: KinesisRow,
    peer: TargetName,
    rate: (row: KinesisRow) => number | undefined,
  ): string => {
    if (HTTP1_ONLY.has(row.target) || row.target === "ceiling") return "";
    const base = peerRow(rows, peer, row.client);
    return formatRatio(rate(row), base === undefined ? undefined : rate(base));
  };
  const put = (row: KinesisRow): number => row.putRecordsPerSecond;
  const get = (row: KinesisRow): number | undefined => row.getRecordsPerSecond;
  return markdownTable(
    [
      "Target",
      "Client",
      "PutRecords (100) rec/s",
      "× kinesalite",
      "× moto",
      "GetRecords rec/s",
      "× kinesalite",
      "× moto",
      "server µs/PutRecords",
      "client µs/PutRecords",
      "errors",
    ],
    rows.map((row) => [
      TARGET_LABELS[row.target],
      rowClientLabel(row),
      formatRate(put(row)),
      ratio(row, "kinesalite", put),
      ratio(row, "moto", put),
      formatRateOrDash(get(row)),
      ratio(row, "kinesalite", get),
      ratio(row, "moto", get),
      formatCpuPerCall(row.putServerCpuSeconds, row.putCalls),
      formatCpuPerCall(row.putClientCpuSeconds, row.putCalls),
      String(row.errors),
    ]),
  );
}

/** The targets, met or not, for the emulator with a data dir. */
export function kinesisVerdicts(rows: readonly KinesisRow[]): string[] {
  const out: string[] = [];
  const durable = rows.filter((row) => row.target === "emulator-durable");
  for (const row of durable.filter((r) => r.handler === "http1")) {
    const base = peerRow(rows, "kinesalite", row.client);
    if (base?.getRecordsPerSecond === undefined) continue;
    const putTimes = row.putRecordsPerSecond / base.putRecordsPerSecond;
    const getTimes = (row.getRecordsPerSecond ?? 0) / base.getRecordsPerSecond;
    out.push(
      `${rowClientLabel(row)}: PutRecords ${putTimes.toFixed(1)}× kinesalite (target ≥ ${KINESALITE_PUT_TARGET}×: ` +
        `${putTimes >= KINESALITE_PUT_TARGET ? "met" : "NOT met"}), GetRecords ${getTimes.toFixed(1)}× ` +
        `(target ≥ ${KINESALITE_GET_TARGET}×: ${getTimes >= KINESALITE_GET_TARGET ? "met" : "NOT met"})`,
    );
  }
  const durableSlowdown = http2Slowdown(durable);
  if (durableSlowdown !== undefined) {
    out.push(
      `SDK default (HTTP/2) PutRecords ${percent(durableSlowdown)} below HTTP/1.1 (target ≤ ` +
        `${HTTP2_SLOWDOWN_TARGET * 100} %: ${durableSlowdown <= HTTP2_SLOWDOWN_TARGET ? "met" : "NOT met"})`,
    );
  }
  const ceiling = rows.filter((row) => row.target === "ceiling");
  const ceilingSlowdown = http2Slowdown(ceiling);
  if (ceilingSlowdown !== undefined) {
    const [http1, http2] = (["http1", "http2"] as const).map((handler) =>
      ceiling.find((row) => row.client === "sdk" && row.handler === handler),
    );
    const perCall = (row: KinesisRow | undefined, cpu: (row: KinesisRow) => number): string =>
      row === undefined ? "–" : formatCpuPerCall(cpu(row), row.putCalls);
    out.push(
      `Against the no-op ceiling the SDK's HTTP/2 handler is ${percent(ceilingSlowdown)} below its HTTP/1.1 ` +
        `handler on PutRecords (client ${perCall(http2, (r) => r.putClientCpuSeconds)} vs ` +
        `${perCall(http1, (r) => r.putClientCpuSeconds)} µs per call, server ` +
        `${perCall(http2, (r) => r.putServerCpuSeconds)} vs ${perCall(http1, (r) => r.putServerCpuSeconds)}): ` +
        `a new connection and HTTP/2 session per call, with no server work in it`,
    );
  }
  return out;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(0)} %`;
}

/** How much slower the SDK's HTTP/2 row is than its HTTP/1.1 row on PutRecords, among one target's rows. */
function http2Slowdown(rows: readonly KinesisRow[]): number | undefined {
  const http1 = rows.find((row) => row.client === "sdk" && row.handler === "http1");
  const http2 = rows.find((row) => row.client === "sdk" && row.handler === "http2");
  if (http1 === undefined || http2 === undefined) return undefined;
  return 1 - http2.putRecordsPerSecond / http1.putRecordsPerSecond;
}
