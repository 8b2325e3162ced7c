import { Agent } from "node:http";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  InvokeCommand,
  LambdaClient,
} from "@aws-sdk/client-lambda";
import { zipSync } from "fflate";
import type { BenchOptions } from "./args.js";
import { TARGET_LABELS, type TargetName } from "./model.js";
import { summarizeLatencies, type LatencySummary } from "./stats.js";
import { formatMs, formatRate, markdownTable } from "./table.js";
import { postExpectingOk } from "./keep-alive-post.js";
import {
  LATENCY_CLIENT_LABELS,
  LATENCY_CLIENTS,
  WARM_UP_SECONDS,
  type LatencyClient,
} from "./latency-clients.js";
import { startTarget, type RunningTarget } from "./targets.js";

/** One target and client: synchronous Invoke of a no-op Node handler on a warm worker, one call at a time. */
export interface LambdaRow {
  readonly target: TargetName;
  readonly client: LatencyClient;
  readonly callsPerSecond: number;
  readonly latency: LatencySummary;
  readonly calls: number;
  readonly errors: number;
  readonly firstError?: string;
}

/** Issue #12's target for a warm synchronous invoke. */
export const WARM_INVOKE_P99_TARGET_MS = 5;
/** The ceiling answers Invoke for any function name. */
const FUNCTION_NAME = "bench-noop";
/** What the lean client sends: an unsigned request whose credential scope names Lambda. */
const INVOKE_HEADERS = {
  "content-type": "application/json",
  authorization:
    "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/lambda/aws4_request, " +
    `SignedHeaders=host, Signature=${"0".repeat(64)}`,
};
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
});
const NO_OP_ZIP = Buffer.from(
  zipSync({ "index.mjs": Buffer.from("export const handler = async () => null;\n") }),
);

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The execution role of the no-op function. */
export const NO_OP_ROLE = "bench-noop";

/** Creates the no-op Node function (`async () => null`) and waits until it is Active; returns its name. */
export async function noOpFunction(endpoint: string, lambda: LambdaClient): Promise<string> {
  const credentials = { accessKeyId: "bench", secretAccessKey: "bench" };
  const iam = new IAMClient({ endpoint, region: "us-east-1", credentials });
  try {
    const role = await iam.send(
      new CreateRoleCommand({ RoleName: NO_OP_ROLE, AssumeRolePolicyDocument: TRUST }),
    );
    const FunctionName = FUNCTION_NAME;
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName,
        Runtime: "nodejs22.x",
        Handler: "index.handler",
        Role: role.Role?.Arn,
        Code: { ZipFile: NO_OP_ZIP },
      }),
    );
    for (;;) {
      const { Configuration } = await lambda.send(new GetFunctionCommand({ FunctionName }));
      if (Configuration?.State === "Active") return FunctionName;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    iam.destroy();
  }
}

/** Calls one at a time until `seconds` have passed; their latencies, and the calls that failed. */
async function callsInARow(seconds: number, invoke: () => Promise<void>) {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const end = started + seconds * 1000;
  while (performance.now() < end) {
    const callStarted = performance.now();
    try {
      await invoke();
      samples.push(performance.now() - callStarted);
    } catch (error) {
      errors++;
      firstError ??= String(error);
    }
  }
  return { samples, errors, firstError, seconds: (performance.now() - started) / 1000 };
}

function invoker(client: LatencyClient, lambda: LambdaClient, endpoint: string): () => Promise<void> {
  if (client === "sdk") {
    return async () => {
      const out = await lambda.send(new InvokeCommand({ FunctionName: FUNCTION_NAME }));
      if (out.FunctionError !== undefined) throw new Error(Buffer.from(out.Payload ?? []).toString());
    };
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(endpoint);
  const path = `/2015-03-31/functions/${FUNCTION_NAME}/invocations`;
  return () => postExpectingOk("Invoke", agent, url, path, INVOKE_HEADERS);
}

async function measure(target: RunningTarget, seconds: number): Promise<LambdaRow[]> {
  const lambda = new LambdaClient({
    endpoint: target.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
    maxAttempts: 1,
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 1 }) },
  });
  try {
    if (target.name !== "ceiling") await noOpFunction(target.endpoint, lambda);
    const rows: LambdaRow[] = [];
    for (const client of LATENCY_CLIENTS) {
      const invoke = invoker(client, lambda, target.endpoint);
      // The first call starts the worker; the rest warm the client and make sure every timed call finds it warm.
      await callsInARow(WARM_UP_SECONDS, invoke);
      const run = await callsInARow(seconds, invoke);
      rows.push({
        target: target.name,
        client,
        callsPerSecond: run.samples.length / run.seconds,
        latency: summarizeLatencies(run.samples),
        calls: run.samples.length,
        errors: run.errors,
        ...(run.firstError === undefined ? {} : { firstError: run.firstError }),
      });
    }
    return rows;
  } finally {
    lambda.destroy();
  }
}

/** Lambda rows: warm synchronous Invoke against the emulator with a data dir (and in memory). */
export async function runLambdaBench(
  targetNames: readonly TargetName[],
  options: BenchOptions,
): Promise<LambdaRow[]> {
  const rows: LambdaRow[] = [];
  for (const name of targetNames) {
    if (name !== "ceiling" && name !== "emulator-durable" && name !== "emulator-memory") continue;
    log(`Lambda: starting ${TARGET_LABELS[name]}`);
    const target = await startTarget(name);
    try {
      for (const row of await measure(target, options.duration)) {
        log(
          `  ${TARGET_LABELS[name]}, ${LATENCY_CLIENT_LABELS[row.client]}: Invoke ${formatRate(row.callsPerSecond)} calls/s, ` +
            `p50 ${formatMs(row.latency.p50)} ms, p99 ${formatMs(row.latency.p99)} ms` +
            (row.errors > 0 ? `, ${row.errors} errors (${row.firstError ?? ""})` : ""),
        );
        rows.push(row);
      }
    } finally {
      await target.stop();
    }
  }
  return rows;
}

export function lambdaTable(rows: readonly LambdaRow[]): string {
  return markdownTable(
    [
      "Target",
      "Client",
      "Invoke calls/s",
      "p50 ms",
      "p99 ms",
      `p99 ≤ ${WARM_INVOKE_P99_TARGET_MS} ms`,
      "errors",
    ],
    rows.map((row) => [
      TARGET_LABELS[row.target],
      LATENCY_CLIENT_LABELS[row.client],
      formatRate(row.callsPerSecond),
      formatMs(row.latency.p50),
      formatMs(row.latency.p99),
      row.target === "ceiling" ? "–" : row.latency.p99 <= WARM_INVOKE_P99_TARGET_MS ? "met" : "NOT met",
      String(row.errors),
    ]),
  );
}
