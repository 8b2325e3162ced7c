import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { WINDOW_SIZE } from "./queue.js";
import { SqsKit } from "./testKit.js";

// With a data dir a standard queue holds only a window of its waiting messages in memory; these queues are
// several windows deep so that every receive, count and delete crosses window boundaries.
const DEPTH = 3 * WINDOW_SIZE + 7;

let dataDir: string;
let clock: ManualClock;
let sqs: SqsKit;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "sqs-window-"));
  clock = new ManualClock();
  sqs = await SqsKit.start(clock, dataDir);
});

afterEach(async () => {
  await sqs.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Received {
  Body: string;
  ReceiptHandle: string;
}

async function sendMany(url: string, count: number, extra: Record<string, unknown> = {}): Promise<string[]> {
  const bodies = Array.from({ length: count }, (_, i) => `m${i}`);
  for (let i = 0; i < bodies.length; i += 10) {
    const Entries = bodies.slice(i, i + 10).map((MessageBody, j) => ({ Id: `e${j}`, MessageBody, ...extra }));
    await sqs.call("SendMessageBatch", { QueueUrl: url, Entries });
  }
  return bodies;
}

async function receiveAll(url: string, visibilityTimeout?: number): Promise<Received[]> {
  const out: Received[] = [];
  for (;;) {
    const { Messages } = await sqs.call("ReceiveMessage", {
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      ...(visibilityTimeout === undefined ? {} : { VisibilityTimeout: visibilityTimeout }),
    });
    const batch = (Messages as Received[] | undefined) ?? [];
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function counts(url: string): Promise<Record<string, string>> {
  const { Attributes } = await sqs.call("GetQueueAttributes", {
    QueueUrl: url,
    AttributeNames: [
      "ApproximateNumberOfMessages",
      "ApproximateNumberOfMessagesNotVisible",
      "ApproximateNumberOfMessagesDelayed",
    ],
  });
  return Attributes as Record<string, string>;
}

const expectedCounts = (visible: number, inflight: number, delayed: number) => ({
  ApproximateNumberOfMessages: String(visible),
  ApproximateNumberOfMessagesNotVisible: String(inflight),
  ApproximateNumberOfMessagesDelayed: String(delayed),
});

describe("standard queues deeper than the in-memory window", () => {
  it("delivers every message once, in send order, and counts them exactly", async () => {
    const url = await sqs.createQueue("deep");
    const bodies = await sendMany(url, DEPTH);
    expect(await counts(url)).toEqual(expectedCounts(DEPTH, 0, 0));
    const received = await receiveAll(url);
    expect(received.map((m) => m.Body)).toEqual(bodies);
    expect(await counts(url)).toEqual(expectedCounts(0, DEPTH, 0));
    for (let i = 0; i < received.length; i += 10) {
      const Entries = received
        .slice(i, i + 10)
        .map((m, j) => ({ Id: `d${j}`, ReceiptHandle: m.ReceiptHandle }));
      await sqs.call("DeleteMessageBatch", { QueueUrl: url, Entries });
    }
    expect(await counts(url)).toEqual(expectedCounts(0, 0, 0));
  });

  it("delivers messages again once their visibility timeout ends", async () => {
    const url = await sqs.createQueue("again");
    const bodies = await sendMany(url, DEPTH);
    expect((await receiveAll(url, 30)).map((m) => m.Body)).toEqual(bodies);
    clock.advance(30_000);
    expect(await counts(url)).toEqual(expectedCounts(DEPTH, 0, 0));
    expect((await receiveAll(url)).map((m) => m.Body)).toEqual(bodies);
  });

  it("deletes by a receipt handle whose message became visible again and left memory", async () => {
    const url = await sqs.createQueue("stale");
    await sendMany(url, DEPTH);
    const [first] = await receiveAll(url, 1);
    clock.advance(1_000);
    expect(await counts(url)).toEqual(expectedCounts(DEPTH, 0, 0));
    await sqs.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: first.ReceiptHandle });
    expect(await counts(url)).toEqual(expectedCounts(DEPTH - 1, 0, 0));
    expect((await receiveAll(url)).map((m) => m.Body)).not.toContain(first.Body);
  });

  it("counts delayed messages across a restart and delivers them when their delay ends", async () => {
    const url = await sqs.createQueue("delayed");
    const bodies = await sendMany(url, DEPTH, { DelaySeconds: 60 });
    await sqs.close();
    sqs = await SqsKit.start(clock, dataDir);
    expect(await counts(url)).toEqual(expectedCounts(0, 0, DEPTH));
    expect(await receiveAll(url)).toEqual([]);
    clock.advance(60_000);
    expect(await counts(url)).toEqual(expectedCounts(DEPTH, 0, 0));
    expect((await receiveAll(url)).map((m) => m.Body)).toEqual(bodies);
  });

  it("keeps in-flight messages in flight across a restart and the rest receivable", async () => {
    const url = await sqs.createQueue("restart");
    const bodies = await sendMany(url, DEPTH);
    const firstBatch = await sqs.call("ReceiveMessage", { QueueUrl: url, MaxNumberOfMessages: 10 });
    const inFlight = (firstBatch.Messages as Received[]).map((m) => m.Body);
    await sqs.close();
    sqs = await SqsKit.start(clock, dataDir);
    expect(await counts(url)).toEqual(expectedCounts(DEPTH - 10, 10, 0));
    expect((await receiveAll(url)).map((m) => m.Body)).toEqual(bodies.filter((b) => !inFlight.includes(b)));
  });

  it("drops messages past the retention period, in memory and on disk", async () => {
    const url = await sqs.createQueue("retention", { MessageRetentionPeriod: "60" });
    await sendMany(url, DEPTH);
    clock.advance(30_000);
    const fresh = await sendMany(url, 5);
    clock.advance(30_000);
    expect(await counts(url)).toEqual(expectedCounts(5, 0, 0));
    expect((await receiveAll(url)).map((m) => m.Body)).toEqual(fresh);
  });
});
