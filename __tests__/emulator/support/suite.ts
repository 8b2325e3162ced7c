import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createBoto3Transport } from "./boto3-transport.js";
import { createSdkTransport } from "./sdk-transport.js";
import { SqsDriver } from "./sqs-driver.js";
import type { ReceiveOptions, ReceivedMessage } from "./sqs-driver.js";
import type { RunningTarget } from "./target.js";
import { startTarget, targetIsEmulator } from "./target.js";
import { SqsCallError } from "./transport.js";

/** `it`, or `it` made conditional. */
export type TestFunction = ReturnType<typeof it.runIf>;

export interface DriverFactory {
  readonly label: string;
  /** Whether the client's API model has the message move task actions (added to SQS in 2023). */
  readonly hasMessageMoveTasks: boolean;
  open(endpoint: string): Promise<SqsDriver>;
}

/** The clients the shared behaviour suite runs under: one per SQS wire protocol. */
export const behaviourDrivers: readonly DriverFactory[] = [
  {
    label: "SDK v3 (JSON protocol)",
    hasMessageMoveTasks: true,
    open: (url) => Promise.resolve(new SqsDriver(createSdkTransport(url))),
  },
  {
    label: "boto3 1.26 (query protocol)",
    hasMessageMoveTasks: false,
    open: async (url) => new SqsDriver(await createBoto3Transport(url)),
  },
];

export interface SqsContext {
  readonly target: RunningTarget;
  /** The client under test. */
  readonly sqs: SqsDriver;
  /** An independent SDK client, for "another producer" in concurrency tests. */
  readonly peer: SqsDriver;
}

/**
 * Starts a target and opens the driver for the enclosing describe block; the returned object is filled in by
 * the time tests run.
 */
export function useSqs(factory: DriverFactory): SqsContext {
  const context = {} as { target: RunningTarget; sqs: SqsDriver; peer: SqsDriver };
  beforeAll(async () => {
    context.target = await startTarget();
    context.sqs = await factory.open(context.target.url);
    context.peer = new SqsDriver(createSdkTransport(context.target.url));
  });
  afterAll(async () => {
    await context.sqs?.close();
    await context.peer?.close();
    await context.target?.stop();
  });
  return context;
}

/**
 * A behaviour AWS documents but `moto_server` gets wrong: runs against our emulator only. The reason names
 * moto's deviation, so the list of such cases can be read from the code. `EDA_TEST_ALL_BEHAVIOURS=1` runs them
 * against an external target too, to see whether a deviation still exists.
 */
export function awsDocsOnly(_motoDeviation: string): TestFunction {
  return it.runIf(targetIsEmulator || process.env.EDA_TEST_ALL_BEHAVIOURS === "1");
}

/**
 * A promise our emulator makes beyond what AWS documents (durability, reacting to clients that went away): runs
 * against our emulator only; the reason says why it is ours alone.
 */
export function emulatorOnly(_reason: string): TestFunction {
  return it.runIf(targetIsEmulator);
}

let nameCounter = 0;
/** A queue name unique across parallel test files and repeated runs against a long-lived target. */
export function uniqueQueueName(tag: string, fifo = false): string {
  nameCounter += 1;
  const name = `${tag}-${process.pid}-${nameCounter}-${randomBytes(3).toString("hex")}`;
  return fifo ? `${name}.fifo` : name;
}

export interface ExpectedError {
  /** AWS's error code as every client reports it (query-protocol spelling). */
  code: string;
  status: number;
  /** The modelled error shape JSON clients resolve the code to, where one exists. */
  shape?: string;
}

export async function expectSqsError(call: Promise<unknown>, expected: ExpectedError): Promise<SqsCallError> {
  const error = await call.then(
    (result) => {
      throw new Error(`expected ${expected.code}, got success: ${JSON.stringify(result)}`);
    },
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(SqsCallError);
  const callError = error as SqsCallError;
  expect({ code: callError.code, status: callError.status }).toEqual({
    code: expected.code,
    status: expected.status,
  });
  if (expected.shape !== undefined && callError.shape !== undefined)
    expect(callError.shape).toBe(expected.shape);
  return callError;
}

/**
 * Receives until `count` messages have been collected (each receive may return fewer than asked, as on AWS),
 * or fails after `timeoutMs`. Messages are left in flight.
 */
export async function receiveAtLeast(
  sqs: SqsDriver,
  url: string,
  count: number,
  options: ReceiveOptions = {},
  timeoutMs = 30_000,
): Promise<ReceivedMessage[]> {
  const collected: ReceivedMessage[] = [];
  await vi.waitFor(
    async () => {
      const batch = await sqs.receiveMessage(url, {
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        ...options,
      });
      collected.push(...batch);
      if (collected.length < count) throw new Error(`received ${collected.length} of ${count}`);
    },
    { timeout: timeoutMs, interval: 50 },
  );
  return collected;
}

/** Polls with receives until one returns a message, or fails after `timeoutMs`. */
export async function receiveOne(
  sqs: SqsDriver,
  url: string,
  options: ReceiveOptions = {},
  timeoutMs = 30_000,
): Promise<ReceivedMessage> {
  const [message] = await receiveAtLeast(sqs, url, 1, { MaxNumberOfMessages: 1, ...options }, timeoutMs);
  if (!message) throw new Error("no message");
  return message;
}

/**
 * Receives the queue's one message, releasing it at once each time, until a receive comes back empty because
 * the redrive policy moved it to the DLQ; returns how many receives got it.
 */
export async function receiveUntilDeadLettered(
  sqs: SqsDriver,
  url: string,
  maxReceives: number,
): Promise<number> {
  let receives = 0;
  for (; receives <= maxReceives; receives++) {
    const batch = await sqs.receiveMessage(url, { VisibilityTimeout: 0, WaitTimeSeconds: 1 });
    if (batch.length === 0) break;
  }
  return receives;
}

/**
 * Receives and batch-deletes until `count` messages have come through, keeping the order they were handed
 * out in. A long visibility timeout keeps anything from being redelivered while the loop deletes.
 */
export async function drain(sqs: SqsDriver, url: string, count: number): Promise<ReceivedMessage[]> {
  const drained: ReceivedMessage[] = [];
  await vi.waitFor(
    async () => {
      const batch = await sqs.receiveMessage(url, {
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        VisibilityTimeout: 120,
        AttributeNames: ["All"],
      });
      drained.push(...batch);
      if (batch.length > 0) {
        const result = await sqs.deleteMessageBatch(
          url,
          batch.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
        );
        expect(result.Failed).toEqual([]);
      }
      if (drained.length < count) throw new Error(`drained ${drained.length} of ${count}`);
    },
    { timeout: 60_000, interval: 20 },
  );
  return drained;
}
