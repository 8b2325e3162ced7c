import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { AwsError } from "../../core/errors.js";
import { SqsKit } from "./testKit.js";

interface WireMessage {
  MessageId: string;
  ReceiptHandle: string;
  Body: string;
  Attributes?: Record<string, string>;
  MessageAttributes?: Record<string, { DataType: string; StringValue?: string }>;
  MD5OfMessageAttributes?: string;
}

let clock: ManualClock;
let sqs: SqsKit;

const send = (QueueUrl: string, MessageBody: string, extra: Record<string, unknown> = {}) =>
  sqs.call("SendMessage", { QueueUrl, MessageBody, ...extra });

async function receive(QueueUrl: string, extra: Record<string, unknown> = {}): Promise<WireMessage[]> {
  const out = await sqs.call("ReceiveMessage", {
    QueueUrl,
    MaxNumberOfMessages: 10,
    AttributeNames: ["All"],
    ...extra,
  });
  return (out.Messages as WireMessage[] | undefined) ?? [];
}

const bodies = (messages: WireMessage[]): string[] => messages.map((m) => m.Body);

async function attributes(QueueUrl: string, ...names: string[]): Promise<Record<string, string>> {
  const out = await sqs.call("GetQueueAttributes", {
    QueueUrl,
    AttributeNames: names.length > 0 ? names : ["All"],
  });
  return out.Attributes as Record<string, string>;
}

async function expectAwsError(promise: Promise<unknown>, code: string): Promise<AwsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AwsError);
  expect((error as AwsError).code).toBe(code);
  return error as AwsError;
}

// Every behaviour holds over both stores: in memory, and over SQLite, where standard queues keep only a window
// of their waiting messages in memory.
describe.each(["in memory", "with a data dir"] as const)("%s", (mode) => {
  let dataDir: string | undefined;

  beforeEach(async () => {
    clock = new ManualClock();
    dataDir = mode === "in memory" ? undefined : mkdtempSync(join(tmpdir(), "sqs-model-"));
    sqs = await SqsKit.start(clock, dataDir);
  });

  afterEach(async () => {
    await sqs.close();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  describe("visibility", () => {
    it("hides a received message until its visibility timeout runs out, then delivers it again", async () => {
      const url = await sqs.createQueue("vis", { VisibilityTimeout: "30" });
      await send(url, "one");
      expect(bodies(await receive(url))).toEqual(["one"]);
      clock.advance(29_999);
      expect(await receive(url)).toEqual([]);
      clock.advance(1);
      const [again] = await receive(url);
      expect(again?.Body).toBe("one");
      expect(again?.Attributes?.ApproximateReceiveCount).toBe("2");
    });

    it("uses the receive call's VisibilityTimeout over the queue's", async () => {
      const url = await sqs.createQueue("vis-override");
      await send(url, "one");
      await receive(url, { VisibilityTimeout: 5 });
      clock.advance(5_000);
      expect(bodies(await receive(url))).toEqual(["one"]);
    });

    it("makes a message visible at once when its visibility is changed to zero", async () => {
      const url = await sqs.createQueue("vis-change");
      await send(url, "one");
      const [message] = await receive(url);
      await sqs.call("ChangeMessageVisibility", {
        QueueUrl: url,
        ReceiptHandle: message.ReceiptHandle,
        VisibilityTimeout: 0,
      });
      expect(bodies(await receive(url))).toEqual(["one"]);
    });

    it("refuses to change the visibility of a message whose timeout already ran out", async () => {
      const url = await sqs.createQueue("vis-expired", { VisibilityTimeout: "10" });
      await send(url, "one");
      const [message] = await receive(url);
      clock.advance(10_000);
      await expectAwsError(
        sqs.call("ChangeMessageVisibility", {
          QueueUrl: url,
          ReceiptHandle: message.ReceiptHandle,
          VisibilityTimeout: 5,
        }),
        "MessageNotInflight",
      );
    });

    it("counts visible, in-flight and delayed messages", async () => {
      const url = await sqs.createQueue("counts");
      await send(url, "a");
      await send(url, "b");
      await send(url, "c", { DelaySeconds: 60 });
      await receive(url, { MaxNumberOfMessages: 1 });
      expect(
        await attributes(
          url,
          "ApproximateNumberOfMessages",
          "ApproximateNumberOfMessagesNotVisible",
          "ApproximateNumberOfMessagesDelayed",
        ),
      ).toEqual({
        ApproximateNumberOfMessages: "1",
        ApproximateNumberOfMessagesNotVisible: "1",
        ApproximateNumberOfMessagesDelayed: "1",
      });
    });

    it("deletes a message by its receipt handle", async () => {
      const url = await sqs.createQueue("delete");
      await send(url, "one");
      const [message] = await receive(url, { VisibilityTimeout: 0 });
      await sqs.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: message.ReceiptHandle });
      expect(await receive(url)).toEqual([]);
    });
  });

  describe("delays and retention", () => {
    it("holds a message back for its own DelaySeconds", async () => {
      const url = await sqs.createQueue("delay");
      await send(url, "late", { DelaySeconds: 10 });
      await send(url, "now");
      expect(bodies(await receive(url))).toEqual(["now"]);
      clock.advance(10_000);
      expect(bodies(await receive(url))).toEqual(["late"]);
    });

    it("applies the queue's DelaySeconds to messages sent without one", async () => {
      const url = await sqs.createQueue("delay-queue", { DelaySeconds: "5" });
      await send(url, "one");
      expect(await receive(url)).toEqual([]);
      clock.advance(5_000);
      expect(bodies(await receive(url))).toEqual(["one"]);
    });

    it("drops messages older than the retention period", async () => {
      const url = await sqs.createQueue("retention", { MessageRetentionPeriod: "60" });
      await send(url, "old");
      clock.advance(30_000);
      await send(url, "young");
      clock.advance(30_000);
      expect(bodies(await receive(url))).toEqual(["young"]);
      expect((await attributes(url, "ApproximateNumberOfMessages")).ApproximateNumberOfMessages).toBe("0");
    });
  });

  describe("FIFO queues", () => {
    const fifo = { FifoQueue: "true", ContentBasedDeduplication: "true" };

    it("delivers each group's messages in the order they were sent", async () => {
      const url = await sqs.createQueue("order.fifo", fifo);
      for (const body of ["1", "2", "3", "4"]) await send(url, body, { MessageGroupId: "g" });
      const messages = await receive(url);
      expect(bodies(messages)).toEqual(["1", "2", "3", "4"]);
      const sequence = messages.map((m) => BigInt(m.Attributes!.SequenceNumber));
      expect([...sequence].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequence);
    });

    it("blocks a group while any of its messages is in flight but keeps serving other groups", async () => {
      const url = await sqs.createQueue("block.fifo", fifo);
      await send(url, "a1", { MessageGroupId: "a" });
      await send(url, "a2", { MessageGroupId: "a" });
      await send(url, "b1", { MessageGroupId: "b" });
      expect(bodies(await receive(url, { MaxNumberOfMessages: 1 }))).toEqual(["a1"]);
      expect(bodies(await receive(url))).toEqual(["b1"]);
      expect(await receive(url)).toEqual([]);
    });

    it("redelivers a group from its head after the visibility timeout", async () => {
      const url = await sqs.createQueue("redeliver.fifo", { ...fifo, VisibilityTimeout: "10" });
      await send(url, "1", { MessageGroupId: "g" });
      await send(url, "2", { MessageGroupId: "g" });
      await receive(url, { MaxNumberOfMessages: 1 });
      clock.advance(10_000);
      expect(bodies(await receive(url))).toEqual(["1", "2"]);
    });

    it("unblocks a group when its in-flight message is deleted", async () => {
      const url = await sqs.createQueue("unblock.fifo", fifo);
      await send(url, "1", { MessageGroupId: "g" });
      await send(url, "2", { MessageGroupId: "g" });
      const [first] = await receive(url, { MaxNumberOfMessages: 1 });
      await sqs.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: first.ReceiptHandle });
      expect(bodies(await receive(url))).toEqual(["2"]);
    });

    it("accepts a duplicate within five minutes without enqueuing it, returning the original MessageId", async () => {
      const url = await sqs.createQueue("dedup.fifo", { FifoQueue: "true" });
      const first = await send(url, "x", { MessageGroupId: "g", MessageDeduplicationId: "d1" });
      const second = await send(url, "y", { MessageGroupId: "g", MessageDeduplicationId: "d1" });
      expect(second.MessageId).toBe(first.MessageId);
      expect(bodies(await receive(url))).toEqual(["x"]);
    });

    it("enqueues the same deduplication id again once five minutes have passed", async () => {
      const url = await sqs.createQueue("dedup-window.fifo", { FifoQueue: "true" });
      await send(url, "x", { MessageGroupId: "g", MessageDeduplicationId: "d1" });
      clock.advance(5 * 60_000);
      await send(url, "x again", { MessageGroupId: "g", MessageDeduplicationId: "d1" });
      expect(bodies(await receive(url))).toEqual(["x", "x again"]);
    });

    it("deduplicates identical bodies by SHA-256 with content-based deduplication", async () => {
      const url = await sqs.createQueue("content.fifo", fifo);
      await send(url, "same", { MessageGroupId: "g" });
      await send(url, "same", { MessageGroupId: "h" });
      await send(url, "other", { MessageGroupId: "g" });
      expect(bodies(await receive(url)).sort()).toEqual(["other", "same"]);
    });

    it("refuses to delete with a receipt handle from an earlier receive", async () => {
      const url = await sqs.createQueue("stale.fifo", { ...fifo, VisibilityTimeout: "10" });
      await send(url, "1", { MessageGroupId: "g" });
      const [first] = await receive(url);
      clock.advance(10_000);
      await receive(url);
      await expectAwsError(
        sqs.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: first.ReceiptHandle }),
        "InvalidParameterValue",
      );
    });

    it("returns the same messages and receipt handles for a repeated ReceiveRequestAttemptId", async () => {
      const url = await sqs.createQueue("attempt.fifo", fifo);
      await send(url, "1", { MessageGroupId: "g" });
      const first = await receive(url, { ReceiveRequestAttemptId: "try-1" });
      const retry = await receive(url, { ReceiveRequestAttemptId: "try-1" });
      expect(retry.map((m) => m.ReceiptHandle)).toEqual(first.map((m) => m.ReceiptHandle));
    });
  });

  describe("dead-letter queues", () => {
    async function withDeadLetterQueue(
      maxReceiveCount: number,
    ): Promise<{ source: string; dlq: string; dlqArn: string }> {
      const dlq = await sqs.createQueue("dlq");
      const dlqArn = (await attributes(dlq, "QueueArn")).QueueArn;
      const source = await sqs.createQueue("source", {
        VisibilityTimeout: "1",
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }),
      });
      return { source, dlq, dlqArn };
    }

    it("moves a message to the DLQ once it was received more than maxReceiveCount times", async () => {
      const { source, dlq } = await withDeadLetterQueue(2);
      await send(source, "poison");
      await receive(source);
      clock.advance(1_000);
      await receive(source);
      clock.advance(1_000);
      expect(await receive(source)).toEqual([]);
      const [dead] = await receive(dlq);
      expect(dead?.Body).toBe("poison");
      const sourceArn = (await attributes(source, "QueueArn")).QueueArn;
      expect(dead?.Attributes?.DeadLetterQueueSourceArn).toBe(sourceArn);
    });

    it("lists the queues that use a queue as their DLQ", async () => {
      const { source, dlq } = await withDeadLetterQueue(3);
      expect((await sqs.call("ListDeadLetterSourceQueues", { QueueUrl: dlq })).queueUrls).toEqual([source]);
    });

    it("refuses a RedrivePolicy whose DLQ denies all sources", async () => {
      const dlq = await sqs.createQueue("closed-dlq", {
        RedriveAllowPolicy: JSON.stringify({ redrivePermission: "denyAll" }),
      });
      const dlqArn = (await attributes(dlq, "QueueArn")).QueueArn;
      await expectAwsError(
        sqs.createQueue("refused", {
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }),
        }),
        "InvalidParameterValue",
      );
    });

    it("moves dead letters back to their source queue with a message move task", async () => {
      const { source, dlq, dlqArn } = await withDeadLetterQueue(1);
      await send(source, "retry me");
      await receive(source);
      clock.advance(1_000);
      await receive(source);
      const started = await sqs.call("StartMessageMoveTask", { SourceArn: dlqArn });
      expect(typeof started.TaskHandle).toBe("string");
      const listed = await sqs.call("ListMessageMoveTasks", { SourceArn: dlqArn });
      expect(listed.Results).toMatchObject([
        { Status: "COMPLETED", ApproximateNumberOfMessagesMoved: 1, ApproximateNumberOfMessagesToMove: 1 },
      ]);
      expect(await receive(dlq)).toEqual([]);
      expect(bodies(await receive(source))).toEqual(["retry me"]);
    });

    it("paces a move task by MaxNumberOfMessagesPerSecond and lets it be cancelled", async () => {
      const { source, dlqArn } = await withDeadLetterQueue(1);
      for (const body of ["a", "b", "c"]) await send(source, body);
      await receive(source);
      clock.advance(1_000);
      await receive(source);
      const { TaskHandle } = await sqs.call("StartMessageMoveTask", {
        SourceArn: dlqArn,
        MaxNumberOfMessagesPerSecond: 1,
      });
      clock.advance(1_000);
      const listed = await sqs.call("ListMessageMoveTasks", { SourceArn: dlqArn });
      expect(listed.Results).toMatchObject([{ Status: "RUNNING", ApproximateNumberOfMessagesMoved: 1 }]);
      const cancelled = await sqs.call("CancelMessageMoveTask", { TaskHandle });
      expect(cancelled.ApproximateNumberOfMessagesMoved).toBe(1);
    });
  });

  describe("long polling", () => {
    it("wakes a waiting receive as soon as a message is sent", async () => {
      const url = await sqs.createQueue("poll");
      const waiting = receive(url, { WaitTimeSeconds: 20 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await send(url, "wake up");
      expect(bodies(await waiting)).toEqual(["wake up"]);
    });

    it("returns no messages when the client goes away", async () => {
      const url = await sqs.createQueue("abort");
      const controller = new AbortController();
      const waiting = sqs.call(
        "ReceiveMessage",
        { QueueUrl: url, WaitTimeSeconds: 20 },
        sqs.context(controller.signal),
      );
      controller.abort();
      expect(await waiting).toEqual({});
    });

    it("wakes a waiting receive when a delayed message becomes visible", async () => {
      const url = await sqs.createQueue("poll-delay");
      await send(url, "soon", { DelaySeconds: 1 });
      const waiting = receive(url, { WaitTimeSeconds: 5 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      clock.advance(1_001);
      expect(bodies(await waiting)).toEqual(["soon"]);
    });

    it("ends a waiting receive with no messages when its queue is deleted", async () => {
      const url = await sqs.createQueue("poll-deleted");
      const waiting = receive(url, { WaitTimeSeconds: 20 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await sqs.call("DeleteQueue", { QueueUrl: url });
      expect(await waiting).toEqual([]);
    });

    it("returns no messages when the wait time passes on the clock", async () => {
      const url = await sqs.createQueue("timeout");
      const waiting = receive(url, { WaitTimeSeconds: 1 });
      let settled = false;
      void waiting.then(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      clock.advance(999);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(settled).toBe(false);
      clock.advance(1);
      expect(await waiting).toEqual([]);
    });
  });

  describe("queues", () => {
    it("returns the same URL when a queue is created again with the same attributes", async () => {
      const first = await sqs.createQueue("same", { VisibilityTimeout: "30" });
      expect(await sqs.createQueue("same", { VisibilityTimeout: "30" })).toBe(first);
      expect(await sqs.createQueue("same")).toBe(first);
    });

    it("refuses to create a queue again with different attributes", async () => {
      await sqs.createQueue("differs", { VisibilityTimeout: "30" });
      await expectAwsError(sqs.createQueue("differs", { VisibilityTimeout: "31" }), "QueueNameExists");
    });

    it("returns the Policy exactly as set, and RedrivePolicy with maxReceiveCount as a number", async () => {
      const dlq = await sqs.createQueue("exact-dlq");
      const dlqArn = (await attributes(dlq, "QueueArn")).QueueArn;
      const policy =
        '{ "Version":"2012-10-17",  "Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*"}] }';
      const redrive = `{"maxReceiveCount":"5", "deadLetterTargetArn":"${dlqArn}"}`;
      const url = await sqs.createQueue("exact", { Policy: policy, RedrivePolicy: redrive });
      expect(await attributes(url, "Policy", "RedrivePolicy")).toEqual({
        Policy: policy,
        RedrivePolicy: `{"deadLetterTargetArn":"${dlqArn}","maxReceiveCount":5}`,
      });
    });

    it("removes the Policy when it is set to an empty string", async () => {
      const url = await sqs.createQueue("unset-policy", {
        Policy: '{"Statement":{"Effect":"Deny","Principal":"*","Action":"sqs:PurgeQueue"}}',
      });
      await sqs.call("SetQueueAttributes", { QueueUrl: url, Attributes: { Policy: "" } });
      expect((await attributes(url)).Policy).toBeUndefined();
    });

    it("reports defaults and computed attributes for All", async () => {
      const url = await sqs.createQueue("defaults.fifo", { FifoQueue: "true" });
      const all = await attributes(url);
      expect(all).toMatchObject({
        QueueArn: "arn:aws:sqs:us-east-1:000000000000:defaults.fifo",
        VisibilityTimeout: "30",
        DelaySeconds: "0",
        MessageRetentionPeriod: "345600",
        FifoQueue: "true",
        ContentBasedDeduplication: "false",
        CreatedTimestamp: String(Math.floor(clock.now() / 1000)),
      });
    });

    it("reports SqsManagedSseEnabled false for a queue encrypted with a KMS key", async () => {
      const url = await sqs.createQueue("kms", { KmsMasterKeyId: "alias/aws/sqs" });
      expect(await attributes(url, "SqsManagedSseEnabled", "KmsMasterKeyId")).toEqual({
        SqsManagedSseEnabled: "false",
        KmsMasterKeyId: "alias/aws/sqs",
      });
    });

    it("pages ListQueues with MaxResults and NextToken", async () => {
      for (const name of ["p-a", "p-b", "p-c", "other"]) await sqs.createQueue(name);
      const first = await sqs.call("ListQueues", { QueueNamePrefix: "p-", MaxResults: 2 });
      expect(first.QueueUrls).toHaveLength(2);
      const second = await sqs.call("ListQueues", {
        QueueNamePrefix: "p-",
        MaxResults: 2,
        NextToken: first.NextToken,
      });
      expect(second.QueueUrls).toEqual(["http://127.0.0.1:4566/000000000000/p-c"]);
      expect(second.NextToken).toBeUndefined();
    });

    it("resolves a queue URL by account and name whatever host it names", async () => {
      await sqs.createQueue("anyhost");
      await send("http://localhost:9999/000000000000/anyhost", "hi");
      expect(bodies(await receive("https://sqs.us-east-1.amazonaws.com/000000000000/anyhost"))).toEqual([
        "hi",
      ]);
    });

    it("serves query calls addressed by the queue URL's path", async () => {
      await sqs.createQueue("by-path");
      await sqs.call("SendMessage", { MessageBody: "hi" }, sqs.context(undefined, "/000000000000/by-path"));
      expect(bodies(await receive("/000000000000/by-path"))).toEqual(["hi"]);
    });

    it("refuses a second purge within 60 seconds", async () => {
      const url = await sqs.createQueue("purge");
      await send(url, "gone");
      await sqs.call("PurgeQueue", { QueueUrl: url });
      expect(await receive(url)).toEqual([]);
      await expectAwsError(sqs.call("PurgeQueue", { QueueUrl: url }), "PurgeQueueInProgress");
      clock.advance(60_000);
      await sqs.call("PurgeQueue", { QueueUrl: url });
    });

    it("blocks a deleted queue's name for 60 seconds", async () => {
      const url = await sqs.createQueue("recycled");
      await sqs.call("DeleteQueue", { QueueUrl: url });
      await expectAwsError(sqs.createQueue("recycled"), "QueueDeletedRecently");
      clock.advance(60_000);
      expect(await sqs.createQueue("recycled")).toBe(url);
    });

    it("tags, lists and untags a queue", async () => {
      const url = (await sqs.call("CreateQueue", { QueueName: "tagged", tags: { team: "a" } }))
        .QueueUrl as string;
      await sqs.call("TagQueue", { QueueUrl: url, Tags: { env: "dev" } });
      await sqs.call("UntagQueue", { QueueUrl: url, TagKeys: ["team"] });
      expect(await sqs.call("ListQueueTags", { QueueUrl: url })).toEqual({ Tags: { env: "dev" } });
    });
  });

  describe("message attributes on receive", () => {
    it("selects message attributes by name, by prefix.* and by All", async () => {
      const url = await sqs.createQueue("attrs");
      const MessageAttributes = {
        "order.id": { DataType: "String", StringValue: "7" },
        "order.total": { DataType: "Number", StringValue: "12.5" },
        colour: { DataType: "String", StringValue: "red" },
      };
      await send(url, "m", { MessageAttributes });
      const pick = async (names: string[]) => {
        const [message] = await receive(url, { MessageAttributeNames: names, VisibilityTimeout: 0 });
        return Object.keys(message?.MessageAttributes ?? {}).sort();
      };
      expect(await pick(["order.*"])).toEqual(["order.id", "order.total"]);
      expect(await pick(["colour"])).toEqual(["colour"]);
      expect(await pick(["All"])).toEqual(["colour", "order.id", "order.total"]);
      expect(await pick([])).toEqual([]);
    });
  });
});
