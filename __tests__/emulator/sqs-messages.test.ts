import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, vi } from "vitest";
import { md5Hex, md5OfMessageAttributes } from "./support/md5.js";
import { createSdkTransport } from "./support/sdk-transport.js";
import type { MessageAttributes } from "./support/sqs-driver.js";
import {
  awsDocsOnly,
  behaviourDrivers,
  expectSqsError,
  receiveAtLeast,
  receiveOne,
  uniqueQueueName,
  useSqs,
} from "./support/suite.js";

/** One of every character class SQS allows in a body (#x9 #xA #xD #x20-#xD7FF #xE000-#xFFFD #x10000-#x10FFFF). */
const EVERY_ALLOWED_CHARACTER_CLASS = "tab\t lf\n cr\r ascii ~ é \uD7FF \uE000 \uFFFD 𐀀 🌍 \u{10FFFF}";

describe.concurrent.each(behaviourDrivers)("SQS messages via $label", (factory) => {
  const ctx = useSqs(factory);

  it("a sent message is received with the same id, body and body MD5", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("send"));
    const sent = await ctx.sqs.sendMessage(url, EVERY_ALLOWED_CHARACTER_CLASS);
    expect(sent.MD5OfMessageBody).toBe(md5Hex(EVERY_ALLOWED_CHARACTER_CLASS));
    const received = await receiveOne(ctx.sqs, url);
    expect(received).toMatchObject({
      MessageId: sent.MessageId,
      Body: EVERY_ALLOWED_CHARACTER_CLASS,
      MD5OfBody: md5Hex(EVERY_ALLOWED_CHARACTER_CLASS),
    });
    expect(received.ReceiptHandle.length).toBeGreaterThan(0);
  });

  it("a deleted message is never received again", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("delete"), { VisibilityTimeout: "1" });
    await ctx.sqs.sendMessage(url, "to delete");
    const received = await receiveOne(ctx.sqs, url);
    await ctx.sqs.deleteMessage(url, received.ReceiptHandle);
    expect(
      await ctx.sqs.getQueueAttributes(url, [
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
      ]),
    ).toEqual({ ApproximateNumberOfMessages: "0", ApproximateNumberOfMessagesNotVisible: "0" });
    // Long enough for the 1 s visibility timeout to have run out, had the message survived.
    expect(await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 2 })).toEqual([]);
  });

  it("String, Number, Binary and custom-typed message attributes round-trip with the documented MD5", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("attrs"));
    const attributes: MessageAttributes = {
      text: { DataType: "String", StringValue: "héllo wörld" },
      count: { DataType: "Number", StringValue: "-12.5e3" },
      blob: { DataType: "Binary", BinaryValue: Buffer.from([0, 1, 2, 254, 255]) },
      customText: { DataType: "String.json", StringValue: '{"a":1}' },
      customNumber: { DataType: "Number.int", StringValue: "7" },
      customBlob: { DataType: "Binary.gif", BinaryValue: Buffer.from("GIF89a") },
    };
    const sent = await ctx.sqs.sendMessage(url, {
      MessageBody: "with attributes",
      MessageAttributes: attributes,
    });
    expect(sent.MD5OfMessageAttributes).toBe(md5OfMessageAttributes(attributes));
    const received = await receiveOne(ctx.sqs, url, { MessageAttributeNames: ["All"] });
    expect(received.MessageAttributes).toEqual(attributes);
    expect(received.MD5OfMessageAttributes).toBe(md5OfMessageAttributes(attributes));
  });

  it("ReceiveMessage returns only the message attributes named, with name.* selecting a prefix", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("attr-select"));
    const attributes: MessageAttributes = {
      wanted: { DataType: "String", StringValue: "w" },
      "trace.id": { DataType: "String", StringValue: "t1" },
      "trace.span": { DataType: "Number", StringValue: "2" },
      unwanted: { DataType: "String", StringValue: "u" },
    };
    await ctx.sqs.sendMessage(url, { MessageBody: "select", MessageAttributes: attributes });
    const received = await receiveOne(ctx.sqs, url, { MessageAttributeNames: ["wanted", "trace.*"] });
    expect(Object.keys(received.MessageAttributes).sort()).toEqual(["trace.id", "trace.span", "wanted"]);
  });

  it("a message received without asking for attributes carries none", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("attr-none"));
    await ctx.sqs.sendMessage(url, {
      MessageBody: "quiet",
      MessageAttributes: { a: { DataType: "String", StringValue: "1" } },
    });
    const received = await receiveOne(ctx.sqs, url);
    expect(received.MessageAttributes).toEqual({});
    expect(received.Attributes).toEqual({});
  });

  it("system attributes report the sender, send and first-receive times, and count receives", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("system"));
    const before = Date.now();
    await ctx.sqs.sendMessage(url, "system attributes");
    const after = Date.now();
    const first = await receiveOne(ctx.sqs, url, { AttributeNames: ["All"], VisibilityTimeout: 0 });
    expect(first.Attributes).toMatchObject({ ApproximateReceiveCount: "1" });
    expect(first.Attributes.SenderId).toMatch(/\S/);
    const sentAt = Number(first.Attributes.SentTimestamp);
    expect(sentAt).toBeGreaterThanOrEqual(before - 1000);
    expect(sentAt).toBeLessThanOrEqual(after + 1000);
    const firstReceiveAt = first.Attributes.ApproximateFirstReceiveTimestamp;
    expect(Number(firstReceiveAt)).toBeGreaterThanOrEqual(sentAt);

    const second = await receiveOne(ctx.sqs, url, { AttributeNames: ["All"] });
    expect(second.MessageId).toBe(first.MessageId);
    expect(second.Attributes).toMatchObject({
      ApproximateReceiveCount: "2",
      ApproximateFirstReceiveTimestamp: firstReceiveAt,
      SentTimestamp: first.Attributes.SentTimestamp,
    });
  });

  it("ReceiveMessage returns only the system attributes named", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("system-select"));
    await ctx.sqs.sendMessage(url, "select system attributes");
    const received = await receiveOne(ctx.sqs, url, { AttributeNames: ["SentTimestamp", "SenderId"] });
    expect(Object.keys(received.Attributes).sort()).toEqual(["SenderId", "SentTimestamp"]);
  });

  it("a received message stays hidden for its visibility timeout, then returns with a new receipt handle", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("visibility"));
    await ctx.sqs.sendMessage(url, "hide me");
    const first = await receiveOne(ctx.sqs, url, { VisibilityTimeout: 3 });
    expect(await ctx.sqs.receiveMessage(url)).toEqual([]);
    const again = await receiveOne(ctx.sqs, url, { AttributeNames: ["ApproximateReceiveCount"] });
    expect(again.MessageId).toBe(first.MessageId);
    expect(again.ReceiptHandle).not.toBe(first.ReceiptHandle);
    expect(again.Attributes.ApproximateReceiveCount).toBe("2");
  });

  it("the queue's VisibilityTimeout applies when a receive names none", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("queue-visibility"), { VisibilityTimeout: "1" });
    await ctx.sqs.sendMessage(url, "queue default");
    const first = await receiveOne(ctx.sqs, url);
    const again = await receiveOne(ctx.sqs, url);
    expect(again.MessageId).toBe(first.MessageId);
  });

  it("ChangeMessageVisibility to 0 makes an in-flight message visible at once", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("change-zero"));
    await ctx.sqs.sendMessage(url, "release me");
    const first = await receiveOne(ctx.sqs, url, { VisibilityTimeout: 600 });
    await ctx.sqs.changeVisibility(url, first.ReceiptHandle, 0);
    const again = await receiveOne(ctx.sqs, url);
    expect(again.MessageId).toBe(first.MessageId);
  });

  it("ChangeMessageVisibility extends an in-flight message's timeout", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("change-extend"));
    await ctx.sqs.sendMessage(url, "keep me");
    const first = await receiveOne(ctx.sqs, url, { VisibilityTimeout: 1 });
    await ctx.sqs.changeVisibility(url, first.ReceiptHandle, 600);
    // Past the original 1 s timeout: the message must still be hidden.
    expect(await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 2 })).toEqual([]);
    expect(await ctx.sqs.getQueueAttributes(url, ["ApproximateNumberOfMessagesNotVisible"])).toEqual({
      ApproximateNumberOfMessagesNotVisible: "1",
    });
  });

  awsDocsOnly("moto accepts a visibility change for a message that is no longer in flight")(
    "ChangeMessageVisibility of a message whose timeout ran out fails with MessageNotInflight",
    async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("not-inflight"));
      await ctx.sqs.sendMessage(url, "expired");
      const first = await receiveOne(ctx.sqs, url, { VisibilityTimeout: 1 });
      await vi.waitFor(
        async () => {
          const counts = await ctx.sqs.getQueueAttributes(url, ["ApproximateNumberOfMessages"]);
          if (counts.ApproximateNumberOfMessages !== "1") throw new Error("still in flight");
        },
        { timeout: 15_000, interval: 200 },
      );
      await expectSqsError(ctx.sqs.changeVisibility(url, first.ReceiptHandle, 10), {
        code: "AWS.SimpleQueueService.MessageNotInflight",
        shape: "MessageNotInflight",
        status: 400,
      });
    },
  );

  awsDocsOnly("moto answers ReceiptHandleIsInvalid with status 400; the API reference gives 404")(
    "a malformed receipt handle fails with ReceiptHandleIsInvalid on delete and on visibility change",
    async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("bad-handle"));
      const expected = { code: "ReceiptHandleIsInvalid", shape: "ReceiptHandleIsInvalid", status: 404 };
      await expectSqsError(ctx.sqs.deleteMessage(url, "not-a-receipt-handle"), expected);
      await expectSqsError(ctx.sqs.changeVisibility(url, "not-a-receipt-handle", 10), expected);
    },
  );

  it("a long poll returns a message that another client sends while it waits", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("long-poll"));
    const polling = ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 10 });
    await sleep(500);
    const sent = await ctx.peer.sendMessage(url, "wake up");
    const received = await polling;
    expect(received.map((m) => m.MessageId)).toEqual([sent.MessageId]);
  });

  it("a long poll on an empty queue returns no messages", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("empty-poll"));
    expect(await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 1 })).toEqual([]);
  });

  it("MaxNumberOfMessages caps how many messages one receive returns", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("max"));
    await ctx.sqs.sendMessageBatch(
      url,
      ["1", "2", "3", "4", "5"].map((id) => ({ Id: id, MessageBody: id })),
    );
    const received = await ctx.sqs.receiveMessage(url, { MaxNumberOfMessages: 3, WaitTimeSeconds: 1 });
    expect(received.length).toBeGreaterThanOrEqual(1);
    expect(received.length).toBeLessThanOrEqual(3);
    const rest = await receiveAtLeast(ctx.sqs, url, 5 - received.length);
    expect(new Set([...received, ...rest].map((m) => m.Body))).toEqual(new Set(["1", "2", "3", "4", "5"]));
  });

  it("a delay queue holds new messages back until the delay has passed", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("delay-queue"), { DelaySeconds: "2" });
    const sent = await ctx.sqs.sendMessage(url, "delayed");
    expect(await ctx.sqs.getQueueAttributes(url, ["ApproximateNumberOfMessagesDelayed"])).toEqual({
      ApproximateNumberOfMessagesDelayed: "1",
    });
    expect(await ctx.sqs.receiveMessage(url)).toEqual([]);
    const received = await receiveOne(ctx.sqs, url);
    expect(received.MessageId).toBe(sent.MessageId);
  });

  it("a message's own DelaySeconds overrides the queue's delay in both directions", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("delay-message"), { DelaySeconds: "600" });
    const immediate = await ctx.sqs.sendMessage(url, { MessageBody: "now", DelaySeconds: 0 });
    expect((await receiveOne(ctx.sqs, url)).MessageId).toBe(immediate.MessageId);

    const plainUrl = await ctx.sqs.createQueue(uniqueQueueName("delay-message-plain"));
    const later = await ctx.sqs.sendMessage(plainUrl, { MessageBody: "later", DelaySeconds: 2 });
    expect(await ctx.sqs.receiveMessage(plainUrl)).toEqual([]);
    expect((await receiveOne(ctx.sqs, plainUrl)).MessageId).toBe(later.MessageId);
  });

  it("a message is deleted once it is older than the queue's MessageRetentionPeriod", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("retention"), { MessageRetentionPeriod: "60" });
    const sent = await ctx.sqs.sendMessage(url, "short-lived");
    // Receiving with a zero visibility timeout leaves the message where it is; only its age removes it.
    const peek = { WaitTimeSeconds: 1, VisibilityTimeout: 0 };
    expect((await receiveOne(ctx.sqs, url, peek)).MessageId).toBe(sent.MessageId);
    await vi.waitFor(
      async () => {
        if ((await ctx.sqs.receiveMessage(url, peek)).length > 0) throw new Error("not expired yet");
      },
      { timeout: 100_000, interval: 1_000 },
    );
    expect(await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 1 })).toEqual([]);
  });

  it("queue counters track visible, in-flight and delayed messages", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("counters"));
    await ctx.sqs.sendMessage(url, "visible");
    await ctx.sqs.sendMessage(url, "in flight");
    await ctx.sqs.sendMessage(url, { MessageBody: "delayed", DelaySeconds: 600 });
    await receiveOne(ctx.sqs, url, { VisibilityTimeout: 600 });
    expect(
      await ctx.sqs.getQueueAttributes(url, [
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
        "ApproximateNumberOfMessagesDelayed",
      ]),
    ).toEqual({
      ApproximateNumberOfMessages: "1",
      ApproximateNumberOfMessagesNotVisible: "1",
      ApproximateNumberOfMessagesDelayed: "1",
    });
  });

  it("a body of exactly 1 MiB is accepted under the default limit", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("one-mib"));
    const body = "m".repeat(1024 * 1024);
    const sent = await ctx.sqs.sendMessage(url, body);
    expect(sent.MD5OfMessageBody).toBe(md5Hex(body));
    expect((await receiveOne(ctx.sqs, url)).Body).toHaveLength(body.length);
  });

  it("a body of exactly the queue's MaximumMessageSize is accepted", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("max-size"), { MaximumMessageSize: "1024" });
    const body = "é".repeat(512);
    await ctx.sqs.sendMessage(url, body);
    expect((await receiveOne(ctx.sqs, url)).Body).toBe(body);
  });

  awsDocsOnly("moto does not return MD5OfMessageSystemAttributes")(
    "an AWSTraceHeader system attribute is stored, returned and digested in MD5OfMessageSystemAttributes",
    async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("trace"));
      const traceHeader = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
      const systemAttributes = { AWSTraceHeader: { DataType: "String", StringValue: traceHeader } };
      const sent = await ctx.sqs.sendMessage(url, {
        MessageBody: "traced",
        MessageSystemAttributes: systemAttributes,
      });
      expect(sent.MD5OfMessageSystemAttributes).toBe(md5OfMessageAttributes(systemAttributes));
      const received = await receiveOne(ctx.sqs, url, { AttributeNames: ["AWSTraceHeader"] });
      expect(received.Attributes).toEqual({ AWSTraceHeader: traceHeader });
    },
  );

  it("a queue's ReceiveMessageWaitTimeSeconds turns a plain receive into a long poll that wakes on a send", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("queue-long-poll"), {
      ReceiveMessageWaitTimeSeconds: "10",
    });
    const polling = ctx.sqs.receiveMessage(url);
    await sleep(500);
    const sent = await ctx.peer.sendMessage(url, "wake the queue's poll");
    expect((await polling).map((m) => m.MessageId)).toEqual([sent.MessageId]);
  });

  awsDocsOnly("moto lets a queue be purged again at once")(
    "a second PurgeQueue within 60 seconds fails with PurgeQueueInProgress",
    async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("purge-twice"));
      await ctx.sqs.purgeQueue(url);
      await expectSqsError(ctx.sqs.purgeQueue(url), {
        code: "AWS.SimpleQueueService.PurgeQueueInProgress",
        shape: "PurgeQueueInProgress",
        status: 403,
      });
    },
  );
});

// MessageSystemAttributeNames replaced AttributeNames in 2024, after the query era: JSON clients only.
describe("SQS ReceiveMessage with MessageSystemAttributeNames via SDK v3 (JSON protocol)", () => {
  const [sdkDriver] = behaviourDrivers;
  if (!sdkDriver) throw new Error("no SDK driver");
  const ctx = useSqs(sdkDriver);

  it("returns the system attributes named in MessageSystemAttributeNames", async () => {
    const sdk = createSdkTransport(ctx.target.url);
    try {
      const url = await ctx.sqs.createQueue(uniqueQueueName("system-names"));
      await ctx.sqs.sendMessage(url, "named");
      const output = await sdk.call("ReceiveMessage", {
        QueueUrl: url,
        WaitTimeSeconds: 5,
        MessageSystemAttributeNames: ["SentTimestamp", "ApproximateReceiveCount"],
      });
      const [message] = output.Messages as Array<{ Attributes?: Record<string, string> }>;
      expect(Object.keys(message?.Attributes ?? {}).sort()).toEqual([
        "ApproximateReceiveCount",
        "SentTimestamp",
      ]);
    } finally {
      await sdk.close();
    }
  });
});
