import { describe, expect, it } from "vitest";
import type { ExpectedError } from "./support/suite.js";
import { awsDocsOnly, behaviourDrivers, expectSqsError, uniqueQueueName, useSqs } from "./support/suite.js";

/**
 * SQS behaviours found missing by a suite of AWS's documented behaviour (issue 8): queue URLs that name no
 * queue, tag limits, RedrivePolicy as AWS returns it, FIFO batches that lack their identifiers.
 */

const NON_EXISTENT_QUEUE: ExpectedError = {
  code: "AWS.SimpleQueueService.NonExistentQueue",
  shape: "QueueDoesNotExist",
  status: 400,
};
const MISSING_PARAMETER: ExpectedError = { code: "MissingParameter", status: 400 };
const INVALID_PARAMETER_VALUE: ExpectedError = { code: "InvalidParameterValue", status: 400 };

function tags(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`key${i}`, `value${i}`]));
}

describe.each(behaviourDrivers)("SQS documented behaviours via $label", (factory) => {
  const ctx = useSqs(factory);

  describe("queue URLs", () => {
    it("answers NonExistentQueue for a URL whose account and name match no queue", async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("known"));
      const unknown = url.replace(/[^/]+$/, "no-such-queue-here");
      await expectSqsError(ctx.sqs.getQueueAttributes(unknown), NON_EXISTENT_QUEUE);
      await expectSqsError(ctx.sqs.sendMessage(unknown, "lost"), NON_EXISTENT_QUEUE);
    });

    it("answers NonExistentQueue, not MissingParameter, for a URL with no queue path", async () => {
      await expectSqsError(ctx.sqs.getQueueAttributes(`${ctx.target.url}/`), NON_EXISTENT_QUEUE);
    });

    it("answers NonExistentQueue for a queue URL with a malformed percent escape", async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("escape"));
      await expectSqsError(ctx.sqs.getQueueAttributes(`${url}%E0%A4%A`), NON_EXISTENT_QUEUE);
    });

    awsDocsOnly("moto finds queues by name alone, whatever account the URL names")(
      "answers NonExistentQueue for a URL naming a queue in an account that has none",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("elsewhere"));
        const otherAccount = url.replace(/\/\d{12}\//, "/999988887777/");
        await expectSqsError(ctx.sqs.receiveMessage(otherAccount), NON_EXISTENT_QUEUE);
      },
    );
  });

  describe("tags", () => {
    it("TagQueue with no tags fails with MissingParameter", async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("tag-empty"));
      await expectSqsError(ctx.sqs.tagQueue(url, {}), MISSING_PARAMETER);
    });

    awsDocsOnly("moto answers UntagQueue without keys with InvalidParameterValue")(
      "UntagQueue with no keys fails with MissingParameter",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("untag-empty"), undefined, { a: "1" });
        await expectSqsError(ctx.sqs.untagQueue(url, []), MISSING_PARAMETER);
      },
    );

    awsDocsOnly("moto counts only the tags of the request, not those the queue has")(
      "TagQueue that would leave more than 50 tags on the queue fails and changes nothing",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("tag-many"), undefined, tags(45));
        const sixMore = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`more${i}`, "x"]));
        await expectSqsError(ctx.sqs.tagQueue(url, sixMore), INVALID_PARAMETER_VALUE);
        expect(await ctx.sqs.listQueueTags(url)).toEqual(tags(45));
        await ctx.sqs.tagQueue(url, { ...tags(50) });
        expect(Object.keys(await ctx.sqs.listQueueTags(url))).toHaveLength(50);
      },
    );

    awsDocsOnly("moto accepts tag keys and values of any length and the aws: prefix")(
      "TagQueue rejects a key over 128 characters, a value over 256 and a key in the aws: prefix",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("tag-limits"));
        await expectSqsError(ctx.sqs.tagQueue(url, { ["k".repeat(129)]: "v" }), INVALID_PARAMETER_VALUE);
        await expectSqsError(ctx.sqs.tagQueue(url, { k: "v".repeat(257) }), INVALID_PARAMETER_VALUE);
        await expectSqsError(ctx.sqs.tagQueue(url, { "aws:reserved": "v" }), INVALID_PARAMETER_VALUE);
        await ctx.sqs.tagQueue(url, { ["k".repeat(128)]: "v".repeat(256) });
        expect(await ctx.sqs.listQueueTags(url)).toEqual({ ["k".repeat(128)]: "v".repeat(256) });
      },
    );
  });

  it("RedrivePolicy reads back with maxReceiveCount as a number when it was written as a string", async () => {
    const dlqUrl = await ctx.sqs.createQueue(uniqueQueueName("redrive-dlq"));
    const { QueueArn: dlqArn = "" } = await ctx.sqs.getQueueAttributes(dlqUrl, ["QueueArn"]);
    const url = await ctx.sqs.createQueue(uniqueQueueName("redrive-string"));
    await ctx.sqs.setQueueAttributes(url, {
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: "5" }),
    });
    const { RedrivePolicy = "" } = await ctx.sqs.getQueueAttributes(url, ["RedrivePolicy"]);
    expect(JSON.parse(RedrivePolicy)).toEqual({ deadLetterTargetArn: dlqArn, maxReceiveCount: 5 });
  });

  describe("SendMessageBatch to a FIFO queue", () => {
    async function fifoQueue(attributes: Record<string, string> = {}): Promise<string> {
      return ctx.sqs.createQueue(uniqueQueueName("batch-ids", true), { FifoQueue: "true", ...attributes });
    }

    it("fails the whole request with MissingParameter when an entry lacks MessageGroupId", async () => {
      const url = await fifoQueue({ ContentBasedDeduplication: "true" });
      await expectSqsError(
        ctx.sqs.sendMessageBatch(url, [
          { Id: "ok", MessageBody: "grouped", MessageGroupId: "g" },
          { Id: "bad", MessageBody: "no group" },
        ]),
        MISSING_PARAMETER,
      );
      expect(await ctx.sqs.receiveMessage(url)).toEqual([]);
    });

    it("fails the whole request with InvalidParameterValue when an entry lacks a deduplication id", async () => {
      const url = await fifoQueue();
      await expectSqsError(
        ctx.sqs.sendMessageBatch(url, [
          { Id: "ok", MessageBody: "with id", MessageGroupId: "g", MessageDeduplicationId: "d1" },
          { Id: "bad", MessageBody: "without id", MessageGroupId: "g" },
        ]),
        INVALID_PARAMETER_VALUE,
      );
      expect(await ctx.sqs.receiveMessage(url)).toEqual([]);
    });
  });
});
