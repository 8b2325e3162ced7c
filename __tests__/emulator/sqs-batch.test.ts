import { describe, expect, it } from "vitest";
import { md5Hex, md5OfMessageAttributes } from "./support/md5.js";
import type { SqsDriver } from "./support/sqs-driver.js";
import type { TestFunction } from "./support/suite.js";
import {
  awsDocsOnly,
  behaviourDrivers,
  expectSqsError,
  receiveAtLeast,
  uniqueQueueName,
  useSqs,
} from "./support/suite.js";

type BatchCall = (sqs: SqsDriver, url: string, ids: string[]) => Promise<unknown>;

/** The three batch actions, each called with entries that are valid apart from their ids. */
const batchActions: Array<{ action: string; call: BatchCall; test: TestFunction }> = [
  {
    action: "SendMessageBatch",
    test: it,
    call: (sqs, url, ids) =>
      sqs.sendMessageBatch(
        url,
        ids.map((Id) => ({ Id, MessageBody: `body ${Id}` })),
      ),
  },
  {
    action: "DeleteMessageBatch",
    test: awsDocsOnly("moto checks only repeated ids and empty batches here"),
    call: (sqs, url, ids) =>
      sqs.deleteMessageBatch(
        url,
        ids.map((Id) => ({ Id, ReceiptHandle: "handle" })),
      ),
  },
  {
    action: "ChangeMessageVisibilityBatch",
    test: awsDocsOnly("moto checks no batch-level rules here"),
    call: (sqs, url, ids) =>
      sqs.changeVisibilityBatch(
        url,
        ids.map((Id) => ({ Id, ReceiptHandle: "handle", VisibilityTimeout: 5 })),
      ),
  },
];

const elevenIds = Array.from({ length: 11 }, (_, i) => `e${i}`);

const requestErrors = [
  {
    what: "repeated entry ids",
    ids: ["same", "same"],
    code: "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
    shape: "BatchEntryIdsNotDistinct",
  },
  {
    what: "more than 10 entries",
    ids: elevenIds,
    code: "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
    shape: "TooManyEntriesInBatchRequest",
  },
  {
    what: "no entries",
    ids: [],
    code: "AWS.SimpleQueueService.EmptyBatchRequest",
    shape: "EmptyBatchRequest",
  },
  {
    what: "an entry id with characters outside [A-Za-z0-9_-]",
    ids: ["good", "bad id!"],
    code: "AWS.SimpleQueueService.InvalidBatchEntryId",
    shape: "InvalidBatchEntryId",
  },
  {
    what: "an entry id longer than 80 characters",
    ids: ["x".repeat(81)],
    code: "AWS.SimpleQueueService.InvalidBatchEntryId",
    shape: "InvalidBatchEntryId",
  },
];

describe.each(behaviourDrivers)("SQS batches via $label", (factory) => {
  const ctx = useSqs(factory);

  it("SendMessageBatch enqueues every entry and reports each id with its MessageId and MD5s", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("batch-send"));
    const attributes = { kind: { DataType: "String", StringValue: "batch" } };
    const entries = Array.from({ length: 10 }, (_, i) => ({
      Id: `entry_${i}`,
      MessageBody: `message ${i}`,
      MessageAttributes: attributes,
    }));
    const result = await ctx.sqs.sendMessageBatch(url, entries);
    expect(result.Failed).toEqual([]);
    expect(result.Successful.map((s) => s.Id).sort()).toEqual(entries.map((e) => e.Id).sort());
    for (const success of result.Successful) {
      const entry = entries.find((e) => e.Id === success.Id);
      expect(success.MD5OfMessageBody).toBe(md5Hex(entry?.MessageBody ?? ""));
      expect(success.MD5OfMessageAttributes).toBe(md5OfMessageAttributes(attributes));
    }
    const received = await receiveAtLeast(ctx.sqs, url, 10);
    expect(received.map((m) => m.MessageId).sort()).toEqual(result.Successful.map((s) => s.MessageId).sort());
  });

  awsDocsOnly("moto accepts the invalid characters and enqueues the entry")(
    "SendMessageBatch fails only the entry with invalid characters and sends the rest",
    async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("batch-partial"));
      const result = await ctx.sqs.sendMessageBatch(url, [
        { Id: "good", MessageBody: "fine" },
        { Id: "bad", MessageBody: "control \u0001 character" },
      ]);
      expect(result.Successful.map((s) => s.Id)).toEqual(["good"]);
      expect(result.Failed).toMatchObject([{ Id: "bad", Code: "InvalidMessageContents", SenderFault: true }]);
      const received = await receiveAtLeast(ctx.sqs, url, 1);
      expect(received.map((m) => m.Body)).toEqual(["fine"]);
    },
  );

  it("DeleteMessageBatch deletes each received message and fails only the invalid receipt handle", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("batch-delete"));
    await ctx.sqs.sendMessageBatch(
      url,
      ["a", "b", "c"].map((Id) => ({ Id, MessageBody: Id })),
    );
    const received = await receiveAtLeast(ctx.sqs, url, 3, { VisibilityTimeout: 600 });
    const result = await ctx.sqs.deleteMessageBatch(url, [
      ...received.map((m, i) => ({ Id: `ok${i}`, ReceiptHandle: m.ReceiptHandle })),
      { Id: "broken", ReceiptHandle: "not-a-receipt-handle" },
    ]);
    expect(result.Successful.map((s) => s.Id).sort()).toEqual(["ok0", "ok1", "ok2"]);
    expect(result.Failed).toMatchObject([
      { Id: "broken", Code: "ReceiptHandleIsInvalid", SenderFault: true },
    ]);
    expect(
      await ctx.sqs.getQueueAttributes(url, [
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
      ]),
    ).toEqual({ ApproximateNumberOfMessages: "0", ApproximateNumberOfMessagesNotVisible: "0" });
  });

  it("ChangeMessageVisibilityBatch releases each message and fails only the invalid receipt handle", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("batch-visibility"));
    await ctx.sqs.sendMessageBatch(
      url,
      ["a", "b"].map((Id) => ({ Id, MessageBody: Id })),
    );
    const received = await receiveAtLeast(ctx.sqs, url, 2, { VisibilityTimeout: 600 });
    const result = await ctx.sqs.changeVisibilityBatch(url, [
      ...received.map((m, i) => ({ Id: `ok${i}`, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 })),
      { Id: "broken", ReceiptHandle: "not-a-receipt-handle", VisibilityTimeout: 0 },
    ]);
    expect(result.Successful.map((s) => s.Id).sort()).toEqual(["ok0", "ok1"]);
    expect(result.Failed).toMatchObject([
      { Id: "broken", Code: "ReceiptHandleIsInvalid", SenderFault: true },
    ]);
    const again = await receiveAtLeast(ctx.sqs, url, 2);
    expect(again.map((m) => m.MessageId).sort()).toEqual(received.map((m) => m.MessageId).sort());
  });

  describe.each(batchActions)("$action", ({ call, test }) => {
    test.each(requestErrors)("rejects a request with $what as $shape", async ({ ids, code, shape }) => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("batch-errors"));
      await expectSqsError(call(ctx.sqs, url, ids), { code, shape, status: 400 });
    });
  });

  it("SendMessageBatch whose entries together exceed the message size limit fails with BatchRequestTooLong", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("batch-too-long"));
    const body = "x".repeat(120 * 1024);
    const entries = Array.from({ length: 10 }, (_, i) => ({ Id: `e${i}`, MessageBody: body }));
    await expectSqsError(ctx.sqs.sendMessageBatch(url, entries), {
      code: "AWS.SimpleQueueService.BatchRequestTooLong",
      shape: "BatchRequestTooLong",
      status: 400,
    });
  });
});
