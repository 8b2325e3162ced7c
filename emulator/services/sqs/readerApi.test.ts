import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import type { SqsReaderInterface } from "../../core/interfaces.js";
import { ACCOUNT, SqsKit } from "./testKit.js";

const ROLE_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/mapping-role/poller`;
const reader = { accountId: ACCOUNT, principalArn: ROLE_SESSION };
const arnOf = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

let clock: ManualClock;
let sqs: SqsKit;
let api: SqsReaderInterface;

beforeEach(async () => {
  clock = new ManualClock();
  sqs = await SqsKit.start(clock);
  api = sqs.service.api as SqsReaderInterface;
});

afterEach(async () => {
  await sqs.close();
});

async function send(url: string, body: string, extra: Record<string, unknown> = {}): Promise<string> {
  const out = await sqs.call("SendMessage", { QueueUrl: url, MessageBody: body, ...extra });
  return out.MessageId as string;
}

function received(queueArn: string, max = 10) {
  const result = api.receive(queueArn, max, reader);
  if (!result.ok) throw new Error(result.detail);
  return result.messages;
}

/** Lets the watch's microtask run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("the SQS reader interface", () => {
  it("receives a message with its body, md5s, message attributes and every system attribute", async () => {
    const url = await sqs.createQueue("reader");
    const messageId = await send(url, "hello", {
      MessageAttributes: {
        color: { DataType: "String", StringValue: "red" },
        blob: { DataType: "Binary", BinaryValue: Buffer.from("xyz").toString("base64") },
      },
    });
    const [message] = received(arnOf("reader"));
    expect(message).toMatchObject({
      messageId,
      body: "hello",
      md5OfBody: "5d41402abc4b2a76b9719d911017c592",
      messageAttributes: {
        color: { DataType: "String", StringValue: "red" },
        blob: { DataType: "Binary", BinaryValue: Buffer.from("xyz").toString("base64") },
      },
      attributes: {
        ApproximateReceiveCount: "1",
        SentTimestamp: String(clock.now()),
        ApproximateFirstReceiveTimestamp: String(clock.now()),
      },
    });
    expect(message.md5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);
    expect(message.attributes.SenderId).toBeTruthy();
    expect(message.receiptHandle).toBeTruthy();
  });

  it("hides received messages for the queue's visibility timeout, then delivers them again", async () => {
    const url = await sqs.createQueue("hidden", { VisibilityTimeout: "30" });
    await send(url, "again");
    expect(received(arnOf("hidden"))).toHaveLength(1);
    clock.advance(29_999);
    expect(received(arnOf("hidden"))).toHaveLength(0);
    clock.advance(1);
    const [message] = received(arnOf("hidden"));
    expect(message.attributes.ApproximateReceiveCount).toBe("2");
  });

  it("gives FIFO messages their sequence number, group and deduplication ids, and holds a group in flight", async () => {
    const url = await sqs.createQueue("ordered.fifo", { FifoQueue: "true" });
    await send(url, "first", { MessageGroupId: "g", MessageDeduplicationId: "d1" });
    await send(url, "second", { MessageGroupId: "g", MessageDeduplicationId: "d2" });
    const first = received(arnOf("ordered.fifo"), 1);
    expect(first.map((m) => m.body)).toEqual(["first"]);
    expect(first[0].attributes).toMatchObject({ MessageGroupId: "g", MessageDeduplicationId: "d1" });
    expect(first[0].attributes.SequenceNumber).toMatch(/^\d{20}$/);
    expect(received(arnOf("ordered.fifo"))).toHaveLength(0);
    api.deleteMessages(arnOf("ordered.fifo"), [first[0].receiptHandle], reader);
    expect(received(arnOf("ordered.fifo")).map((m) => m.body)).toEqual(["second"]);
  });

  it("deletes by receipt handle and lists the handles it could not use", async () => {
    const url = await sqs.createQueue("deleting");
    await send(url, "gone");
    const [message] = received(arnOf("deleting"));
    const result = api.deleteMessages(arnOf("deleting"), [message.receiptHandle, "not-a-handle"], reader);
    expect(result).toEqual({ ok: true, failed: ["not-a-handle"] });
    clock.advance(60_000);
    expect(received(arnOf("deleting"))).toHaveLength(0);
  });

  it("returns messages at once when their visibility timeout is changed to 0", async () => {
    const url = await sqs.createQueue("returned");
    await send(url, "back");
    const [message] = received(arnOf("returned"));
    expect(api.changeVisibility(arnOf("returned"), [message.receiptHandle], 0, reader)).toEqual({
      ok: true,
      failed: [],
    });
    expect(received(arnOf("returned")).map((m) => m.body)).toEqual(["back"]);
  });

  it("tells the visibility timeout, FIFO, maximum size and redrive policy of a queue", async () => {
    await sqs.createQueue("dead");
    const redrive = { deadLetterTargetArn: arnOf("dead"), maxReceiveCount: 3 };
    await sqs.createQueue("source", {
      VisibilityTimeout: "45",
      RedrivePolicy: JSON.stringify(redrive),
    });
    expect(api.queueSettings(arnOf("source"), reader)).toEqual({
      ok: true,
      settings: {
        visibilityTimeoutSeconds: 45,
        fifo: false,
        maximumMessageSize: 1_048_576,
        redrivePolicy: redrive,
      },
    });
  });

  it("answers QueueDoesNotExist for a queue that is not there", () => {
    const result = api.receive(arnOf("missing"), 10, reader);
    expect(result).toMatchObject({ ok: false, reason: "QueueDoesNotExist" });
  });

  it("answers AccessDenied when the queue's policy denies the reader", async () => {
    const policy = {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Deny", Principal: "*", Action: "sqs:ReceiveMessage", Resource: arnOf("guarded") },
      ],
    };
    const url = await sqs.createQueue("guarded", { Policy: JSON.stringify(policy) });
    await send(url, "secret");
    const result = api.receive(arnOf("guarded"), 10, reader);
    expect(result).toMatchObject({ ok: false, reason: "AccessDenied" });
    if (!result.ok) expect(result.detail).toContain(ROLE_SESSION);
  });
});

describe("watching a queue", () => {
  it("wakes the listener after a send", async () => {
    const url = await sqs.createQueue("watched");
    let wakes = 0;
    api.watch(arnOf("watched"), () => wakes++);
    await send(url, "ping");
    await settle();
    expect(wakes).toBeGreaterThan(0);
  });

  it("wakes the listener when an in-flight message becomes visible again", async () => {
    const url = await sqs.createQueue("timed", { VisibilityTimeout: "10" });
    await send(url, "later");
    let wakes = 0;
    api.watch(arnOf("timed"), () => wakes++);
    received(arnOf("timed"));
    await settle();
    wakes = 0;
    clock.advance(9_999);
    expect(wakes).toBe(0);
    clock.advance(1);
    expect(wakes).toBe(1);
  });

  it("follows the queue when it is deleted and created again", async () => {
    const url = await sqs.createQueue("reborn");
    let wakes = 0;
    api.watch(arnOf("reborn"), () => wakes++);
    await sqs.call("DeleteQueue", { QueueUrl: url });
    await settle();
    clock.advance(61_000);
    await sqs.createQueue("reborn");
    received(arnOf("reborn"));
    wakes = 0;
    await send(url, "new life");
    await settle();
    expect(wakes).toBeGreaterThan(0);
  });

  it("stops waking the listener once unsubscribed", async () => {
    const url = await sqs.createQueue("quiet");
    let wakes = 0;
    const stop = api.watch(arnOf("quiet"), () => wakes++);
    stop();
    await send(url, "unheard");
    await settle();
    expect(wakes).toBe(0);
  });
});
