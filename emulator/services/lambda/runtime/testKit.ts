/**
 * Driving the executor directly in tests and benches: real zips built from source texts, specs and requests as
 * the service layer would pass them, and a recorder of the log lines it emits.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { systemClock } from "../../../core/clock.js";
import type {
  ExecutorEvents,
  FunctionLogLine,
  FunctionVersionSpec,
  InvocationRequest,
} from "../execution.js";
import { WorkerExecutor, type ExecutorOptions } from "./executor.js";

export const TEST_ACCOUNT = "000000000000";
export const TEST_REGION = "us-east-1";

/** A deployment package holding `files` (path → source text or bytes). */
export function zipOf(files: Readonly<Record<string, string | Uint8Array>>): Buffer {
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, content]) => [
      path,
      typeof content === "string" ? strToU8(content) : content,
    ]),
  );
  return Buffer.from(zipSync(entries));
}

export function functionSpec(zip: Buffer, overrides: Partial<FunctionVersionSpec> = {}): FunctionVersionSpec {
  const functionName = overrides.functionName ?? `fn-${randomUUID().slice(0, 8)}`;
  const version = overrides.version ?? "$LATEST";
  return {
    accountId: TEST_ACCOUNT,
    region: TEST_REGION,
    functionName,
    version,
    functionArn: `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${functionName}:${version}`,
    runtime: "nodejs22.x",
    handler: "index.handler",
    memorySizeMb: 128,
    timeoutSeconds: 3,
    environment: {},
    codeSha256: createHash("sha256").update(zip).digest("base64"),
    code: () => zip,
    logGroup: `/aws/lambda/${functionName}`,
    logFormat: "Text",
    revision: "revision-1",
    ...overrides,
  };
}

export function invocationRequest(
  payload: unknown,
  overrides: Partial<InvocationRequest> = {},
): InvocationRequest {
  return {
    requestId: randomUUID(),
    payload: Buffer.from(JSON.stringify(payload)),
    credentials: {
      accessKeyId: "ASIAEXAMPLEEXAMPLE01",
      secretAccessKey: "secret",
      sessionToken: "token",
      expiresAt: systemClock.now() + 3_600_000,
    },
    endpointUrl: "http://127.0.0.1:4566",
    tailLog: false,
    signal: new AbortController().signal,
    ...overrides,
  };
}

/** Every batch of lines the executor emitted, with its stream. */
export class LogRecorder implements ExecutorEvents {
  readonly batches: { spec: FunctionVersionSpec; streamName: string; lines: readonly FunctionLogLine[] }[] =
    [];

  log(spec: FunctionVersionSpec, streamName: string, lines: readonly FunctionLogLine[]): void {
    this.batches.push({ spec, streamName, lines });
  }

  /** The messages of the invocation `requestId`: its batch, START to REPORT. */
  messagesOf(requestId: string): string[] {
    const batch = this.batches.find(({ lines }) => lines.some((line) => line.message.includes(requestId)));
    return batch === undefined ? [] : batch.lines.map((line) => line.message);
  }
}

/** An executor over the system clock with its code cache in a fresh temp folder. */
export function testExecutor(options: Partial<ExecutorOptions> = {}): {
  executor: WorkerExecutor;
  logs: LogRecorder;
} {
  const logs = new LogRecorder();
  const executor = new WorkerExecutor({
    events: logs,
    clock: systemClock,
    codeDir: join(mkdtempSync(join(tmpdir(), "eda-lambda-code-")), "code"),
    ...options,
  });
  return { executor, logs };
}
