import { describe, expect, it } from "vitest";
import type { ReceivedMessage } from "./support/sqs-driver.js";
import {
  awsDocsOnly,
  behaviourDrivers,
  drain,
  expectSqsError,
  receiveAtLeast,
  receiveOne,
  uniqueQueueName,
  useSqs,
} from "./support/suite.js";

function bodiesOfGroup(messages: ReceivedMessage[], group: string): string[] {
  return messages.filter((m) => m.Attributes.MessageGroupId === group).map((m) => m.Body);
}

describe.concurrent.each(behaviourDrivers)("SQS FIFO queues via $label", (factory) => {
  const ctx = useSqs(factory);

  async function fifoQueue(tag: string, attributes: Record<string, string> = {}): Promise<string> {
    return ctx.sqs.createQueue(uniqueQueueName(tag, true), { FifoQueue: "true", ...attributes });
  }

  it("messages of each group are received in the order they were sent", async () => {
    const url = await fifoQueue("order", { ContentBasedDeduplication: "true" });
    for (let i = 0; i < 6; i++) {
      await ctx.sqs.sendMessage(url, { MessageBody: `a${i}`, MessageGroupId: "a" });
      await ctx.sqs.sendMessage(url, { MessageBody: `b${i}`, MessageGroupId: "b" });
    }
    const drained = await drain(ctx.sqs, url, 12);
    expect(bodiesOfGroup(drained, "a")).toEqual(["a0", "a1", "a2", "a3", "a4", "a5"]);
    expect(bodiesOfGroup(drained, "b")).toEqual(["b0", "b1", "b2", "b3", "b4", "b5"]);
  });

  it("SendMessageBatch keeps the entries' order within each group", async () => {
    const url = await fifoQueue("batch-order");
    const entries = Array.from({ length: 10 }, (_, i) => ({
      Id: `e${i}`,
      MessageBody: `${i % 2 === 0 ? "even" : "odd"}-${i}`,
      MessageGroupId: i % 2 === 0 ? "even" : "odd",
      MessageDeduplicationId: `dedup-${i}`,
    }));
    const result = await ctx.sqs.sendMessageBatch(url, entries);
    expect(result.Failed).toEqual([]);
    const drained = await drain(ctx.sqs, url, 10);
    expect(bodiesOfGroup(drained, "even")).toEqual(["even-0", "even-2", "even-4", "even-6", "even-8"]);
    expect(bodiesOfGroup(drained, "odd")).toEqual(["odd-1", "odd-3", "odd-5", "odd-7", "odd-9"]);
  });

  it("a group is blocked while one of its messages is in flight, and other groups are not", async () => {
    const url = await fifoQueue("blocked", { ContentBasedDeduplication: "true" });
    await ctx.sqs.sendMessage(url, { MessageBody: "g1-first", MessageGroupId: "g1" });
    await ctx.sqs.sendMessage(url, { MessageBody: "g1-second", MessageGroupId: "g1" });
    await ctx.sqs.sendMessage(url, { MessageBody: "g2-only", MessageGroupId: "g2" });

    const first = await receiveOne(ctx.sqs, url, { VisibilityTimeout: 600 });
    expect(first.Body).toBe("g1-first");
    const meanwhile = await ctx.sqs.receiveMessage(url, { MaxNumberOfMessages: 10, VisibilityTimeout: 600 });
    expect(meanwhile.map((m) => m.Body)).toEqual(["g2-only"]);

    await ctx.sqs.deleteMessage(url, first.ReceiptHandle);
    const next = await receiveOne(ctx.sqs, url);
    expect(next.Body).toBe("g1-second");
  });

  it("concurrent receivers never share a message and only ever take the next messages of a group", async () => {
    const url = await fifoQueue("concurrent", { ContentBasedDeduplication: "true" });
    const groups = ["a", "b", "c"];
    for (let i = 0; i < 10; i++) {
      for (const group of groups)
        await ctx.peer.sendMessage(url, { MessageBody: `${group}${i}`, MessageGroupId: group });
    }
    const batches = await Promise.all(
      Array.from({ length: 6 }, () =>
        ctx.sqs.receiveMessage(url, {
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 600,
          AttributeNames: ["All"],
        }),
      ),
    );
    const received = batches.flat();
    expect(new Set(received.map((m) => m.MessageId)).size).toBe(received.length);
    for (const group of groups) {
      const bodies = bodiesOfGroup(received, group).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
      expect(bodies).toEqual(Array.from({ length: bodies.length }, (_, i) => `${group}${i}`));
    }
  });

  it("a message whose visibility timeout runs out is redelivered before later messages of its group", async () => {
    const url = await fifoQueue("redeliver", { ContentBasedDeduplication: "true" });
    await ctx.sqs.sendMessage(url, { MessageBody: "first", MessageGroupId: "g" });
    await ctx.sqs.sendMessage(url, { MessageBody: "second", MessageGroupId: "g" });
    const first = await receiveOne(ctx.sqs, url, { VisibilityTimeout: 1 });
    expect(first.Body).toBe("first");
    const again = await receiveOne(ctx.sqs, url);
    expect(again.Body).toBe("first");
  });

  it("a repeated MessageDeduplicationId is accepted but enqueued only once", async () => {
    const url = await fifoQueue("dedup-id");
    const message = { MessageBody: "once", MessageGroupId: "g", MessageDeduplicationId: "same-id" };
    await ctx.sqs.sendMessage(url, message);
    await ctx.sqs.sendMessage(url, { ...message, MessageBody: "different body, same id" });
    const [only] = await drain(ctx.sqs, url, 1);
    expect(only?.Body).toBe("once");
    expect(await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 1 })).toEqual([]);
  });

  awsDocsOnly("moto forgets a deduplication id once its message is deleted")(
    "a deduplication id keeps suppressing repeats for 5 minutes after its message was deleted",
    async () => {
      const url = await fifoQueue("dedup-after-delete");
      const message = { MessageBody: "once", MessageGroupId: "g", MessageDeduplicationId: "same-id" };
      await ctx.sqs.sendMessage(url, message);
      await drain(ctx.sqs, url, 1);
      await ctx.sqs.sendMessage(url, message);
      expect(await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 1 })).toEqual([]);
    },
  );

  it("content-based deduplication drops a repeated body and keeps a different one", async () => {
    const url = await fifoQueue("dedup-content", { ContentBasedDeduplication: "true" });
    await ctx.sqs.sendMessage(url, { MessageBody: "same", MessageGroupId: "g" });
    await ctx.sqs.sendMessage(url, { MessageBody: "same", MessageGroupId: "g" });
    await ctx.sqs.sendMessage(url, { MessageBody: "other", MessageGroupId: "g" });
    const drained = await drain(ctx.sqs, url, 2);
    expect(drained.map((m) => m.Body)).toEqual(["same", "other"]);
    expect(await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 1 })).toEqual([]);
  });

  async function sendThree(url: string): Promise<string[]> {
    const sequence: string[] = [];
    for (const i of [1, 2, 3]) {
      const sent = await ctx.sqs.sendMessage(url, {
        MessageBody: `m${i}`,
        MessageGroupId: "g",
        MessageDeduplicationId: `d${i}`,
      });
      sequence.push(sent.SequenceNumber ?? "");
    }
    return sequence;
  }

  it("SendMessage returns a SequenceNumber, and received messages carry their FIFO attributes", async () => {
    const url = await fifoQueue("sequence");
    const sequence = await sendThree(url);
    for (const number of sequence) expect(number).toMatch(/^\d+$/);
    expect(new Set(sequence).size).toBe(3);
    const [first] = await drain(ctx.sqs, url, 3);
    expect(first?.Attributes).toMatchObject({
      MessageGroupId: "g",
      MessageDeduplicationId: "d1",
      SequenceNumber: sequence[0],
    });
  });

  awsDocsOnly("moto's sequence numbers are random")(
    "sequence numbers grow with each message sent to a queue",
    async () => {
      const sequence = (await sendThree(await fifoQueue("sequence-grows"))).map((n) => BigInt(n));
      expect(sequence[0]).toBeLessThan(sequence[1] ?? 0n);
      expect(sequence[1]).toBeLessThan(sequence[2] ?? 0n);
    },
  );

  it("SendMessage without MessageGroupId fails with MissingParameter", async () => {
    const url = await fifoQueue("no-group", { ContentBasedDeduplication: "true" });
    await expectSqsError(ctx.sqs.sendMessage(url, "no group"), { code: "MissingParameter", status: 400 });
  });

  it("SendMessage without a deduplication id on a queue without content-based deduplication fails", async () => {
    const url = await fifoQueue("no-dedup");
    await expectSqsError(ctx.sqs.sendMessage(url, { MessageBody: "no dedup", MessageGroupId: "g" }), {
      code: "InvalidParameterValue",
      status: 400,
    });
  });

  it("a per-message DelaySeconds is rejected on a FIFO queue", async () => {
    const url = await fifoQueue("no-delay", { ContentBasedDeduplication: "true" });
    await expectSqsError(
      ctx.sqs.sendMessage(url, { MessageBody: "delayed", MessageGroupId: "g", DelaySeconds: 5 }),
      { code: "InvalidParameterValue", status: 400 },
    );
  });

  it("a queue-level delay applies to FIFO messages", async () => {
    const url = await fifoQueue("queue-delay", { ContentBasedDeduplication: "true", DelaySeconds: "2" });
    await ctx.sqs.sendMessage(url, { MessageBody: "held", MessageGroupId: "g" });
    expect(await ctx.sqs.receiveMessage(url)).toEqual([]);
    expect((await receiveOne(ctx.sqs, url)).Body).toBe("held");
  });

  awsDocsOnly("moto ignores ReceiveRequestAttemptId and hands out nothing on the retry")(
    "a receive retried with the same ReceiveRequestAttemptId returns the same messages",
    async () => {
      const url = await fifoQueue("attempt", { ContentBasedDeduplication: "true" });
      for (const body of ["x", "y", "z"])
        await ctx.sqs.sendMessage(url, { MessageBody: body, MessageGroupId: "g" });
      const attempt = {
        MaxNumberOfMessages: 2,
        VisibilityTimeout: 600,
        ReceiveRequestAttemptId: "attempt-1",
      };
      const first = await receiveAtLeast(ctx.sqs, url, 1, attempt);
      const retried = await ctx.sqs.receiveMessage(url, attempt);
      expect(retried.map((m) => m.MessageId)).toEqual(first.map((m) => m.MessageId));
    },
  );
});
