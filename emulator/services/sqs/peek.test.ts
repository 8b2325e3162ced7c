import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import type { SqsInterface } from "../../core/interfaces.js";
import { SqsKit } from "./testKit.js";

let dataDir: string;
let clock: ManualClock;
let sqs: SqsKit;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "sqs-peek-"));
  clock = new ManualClock();
});

afterEach(async () => {
  await sqs.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const api = (): SqsInterface => sqs.service.api as SqsInterface;

async function arnOf(url: string): Promise<string> {
  const out = await sqs.call("GetQueueAttributes", { QueueUrl: url, AttributeNames: ["QueueArn"] });
  return (out.Attributes as Record<string, string>).QueueArn;
}

async function receiveCounts(url: string): Promise<Record<string, string>> {
  const out = await sqs.call("GetQueueAttributes", { QueueUrl: url, AttributeNames: ["All"] });
  return out.Attributes as Record<string, string>;
}

describe.each([
  ["in memory", () => undefined],
  ["on disk", () => dataDir],
])("peek %s", (_mode, dir) => {
  beforeEach(async () => {
    sqs = await SqsKit.start(clock, dir());
  });

  it("returns the newest messages first with their bodies and attributes, up to the limit", async () => {
    const url = await sqs.createQueue("peeked");
    for (const n of [1, 2, 3])
      await sqs.call("SendMessage", {
        QueueUrl: url,
        MessageBody: `{"n":${n}}`,
        MessageAttributes: { kind: { DataType: "String", StringValue: `k${n}` } },
      });
    const peek = api().peek(await arnOf(url), 2)!;
    expect(peek.messages.map((m) => m.body)).toEqual(['{"n":3}', '{"n":2}']);
    expect(peek.messages[0]).toMatchObject({
      attributes: { kind: { DataType: "String", StringValue: "k3" } },
      receiveCount: 0,
      state: "visible",
      sentAt: clock.now(),
    });
    expect(peek.visible).toBe(3);
  });

  it("leaves the receive count, visibility and depth as they were", async () => {
    const url = await sqs.createQueue("untouched");
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "a" });
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "b" });
    await sqs.call("ReceiveMessage", { QueueUrl: url, MaxNumberOfMessages: 1 });
    const before = await receiveCounts(url);
    const peek = api().peek(await arnOf(url), 10)!;
    expect(peek.messages.map((m) => m.state).sort()).toEqual(["inFlight", "visible"]);
    expect(await receiveCounts(url)).toEqual(before);
    const received = await sqs.call("ReceiveMessage", {
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      MessageSystemAttributeNames: ["ApproximateReceiveCount"],
    });
    expect(
      (received.Messages as { Attributes: Record<string, string> }[]).map(
        (m) => m.Attributes.ApproximateReceiveCount,
      ),
    ).toEqual(["1"]);
  });

  it("shows a FIFO message's group and sequence number", async () => {
    const url = await sqs.createQueue("ordered.fifo", { FifoQueue: "true" });
    const sent = await sqs.call("SendMessage", {
      QueueUrl: url,
      MessageBody: "first",
      MessageGroupId: "g1",
      MessageDeduplicationId: "d1",
    });
    const [message] = api().peek(await arnOf(url), 5)!.messages;
    expect(message).toMatchObject({ groupId: "g1", sequenceNumber: sent.SequenceNumber });
  });

  it("finds the newest messages of a queue deeper than the depth it sorts for", async () => {
    const url = await sqs.createQueue("deep");
    const other = await sqs.createQueue("interleaved");
    for (let batch = 0; batch < 1001; batch++) {
      const Entries = Array.from({ length: 10 }, (_, i) => ({
        Id: `m${i}`,
        MessageBody: `${batch * 10 + i}`,
      }));
      await sqs.call("SendMessageBatch", { QueueUrl: url, Entries });
      await sqs.call("SendMessage", { QueueUrl: other, MessageBody: `other ${batch}` });
    }
    const peek = api().peek(await arnOf(url), 3)!;
    expect(peek.visible).toBe(10_010);
    expect(peek.messages.map((m) => m.body)).toEqual(["10009", "10008", "10007"]);
  });

  it("answers undefined for a queue that does not exist", () => {
    expect(api().peek("arn:aws:sqs:us-east-1:000000000000:missing", 5)).toBeUndefined();
  });
});
