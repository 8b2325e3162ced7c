import {
  CreateTopicCommand,
  PublishBatchCommand,
  PublishCommand,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { describe, expect, it } from "vitest";
import {
  createQueue,
  queueDepth,
  receiveAll,
  uniqueName,
  useSnsEmulator,
  snsError,
} from "./support/sns-fixture.js";

describe("SNS FIFO topics and PublishBatch via the SDK", () => {
  const ctx = useSnsEmulator();

  async function fifoTopicWithQueue(contentBased: boolean) {
    const { TopicArn } = await ctx.sns.send(
      new CreateTopicCommand({
        Name: uniqueName("order", true),
        Attributes: { FifoTopic: "true", ContentBasedDeduplication: String(contentBased) },
      }),
    );
    const queue = await createQueue(ctx.sqs, "order-q", { FifoQueue: "true" });
    await ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "sqs",
        Endpoint: queue.arn,
        Attributes: { RawMessageDelivery: "true" },
      }),
    );
    return { topicArn: TopicArn ?? "", queue };
  }

  it("a FIFO topic keeps each group's order into a FIFO queue", async () => {
    const { topicArn, queue } = await fifoTopicWithQueue(true);
    for (let i = 0; i < 5; i++) {
      await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: `a${i}`, MessageGroupId: "a" }));
      await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: `b${i}`, MessageGroupId: "b" }));
    }
    const received = await receiveAll(ctx.sqs, queue.url, 10);
    const group = (id: string) =>
      received.filter((m) => m.Attributes?.MessageGroupId === id).map((m) => m.Body);
    expect(group("a")).toEqual(["a0", "a1", "a2", "a3", "a4"]);
    expect(group("b")).toEqual(["b0", "b1", "b2", "b3", "b4"]);
  });

  it("Publish to a FIFO topic answers growing 20-digit sequence numbers", async () => {
    const { topicArn } = await fifoTopicWithQueue(true);
    const first = await ctx.sns.send(
      new PublishCommand({ TopicArn: topicArn, Message: "1", MessageGroupId: "g" }),
    );
    const second = await ctx.sns.send(
      new PublishCommand({ TopicArn: topicArn, Message: "2", MessageGroupId: "g" }),
    );
    expect(first.SequenceNumber).toMatch(/^\d{20}$/);
    expect(BigInt(second.SequenceNumber ?? "0")).toBeGreaterThan(BigInt(first.SequenceNumber ?? "0"));
  });

  it("content-based deduplication drops a repeated body within five minutes", async () => {
    const { topicArn, queue } = await fifoTopicWithQueue(true);
    const first = await ctx.sns.send(
      new PublishCommand({ TopicArn: topicArn, Message: "same", MessageGroupId: "g" }),
    );
    const again = await ctx.sns.send(
      new PublishCommand({ TopicArn: topicArn, Message: "same", MessageGroupId: "g" }),
    );
    expect(again.MessageId).toBe(first.MessageId);
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(1);
  });

  it("an explicit deduplication id drops a repeat with another body", async () => {
    const { topicArn, queue } = await fifoTopicWithQueue(false);
    await ctx.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: "one",
        MessageGroupId: "g",
        MessageDeduplicationId: "d1",
      }),
    );
    await ctx.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: "two",
        MessageGroupId: "g",
        MessageDeduplicationId: "d1",
      }),
    );
    const received = await receiveAll(ctx.sqs, queue.url, 1);
    expect(received.map((m) => m.Body)).toEqual(["one"]);
  });

  it("a FIFO publish without MessageGroupId is InvalidParameter", async () => {
    const { topicArn } = await fifoTopicWithQueue(true);
    const error = await snsError(ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "m" })));
    expect(error.message).toBe("Invalid parameter: The MessageGroupId parameter is required for FIFO topics");
  });

  it("a FIFO publish without deduplication id on a topic without content-based deduplication is refused", async () => {
    const { topicArn } = await fifoTopicWithQueue(false);
    const error = await snsError(
      ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "m", MessageGroupId: "g" })),
    );
    expect(error.name).toBe("InvalidParameterException");
  });

  it("a FIFO topic also delivers to a standard queue", async () => {
    const { topicArn } = await fifoTopicWithQueue(true);
    const standard = await createQueue(ctx.sqs, "std-q");
    await ctx.sns.send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: "sqs",
        Endpoint: standard.arn,
        Attributes: { RawMessageDelivery: "true" },
      }),
    );
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "to both", MessageGroupId: "g" }));
    const [message] = await receiveAll(ctx.sqs, standard.url, 1);
    expect(message.Body).toBe("to both");
  });

  async function standardTopicWithQueue() {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("batch") }));
    const queue = await createQueue(ctx.sqs, "batch-q");
    await ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "sqs",
        Endpoint: queue.arn,
        Attributes: { RawMessageDelivery: "true" },
      }),
    );
    return { topicArn: TopicArn ?? "", queue };
  }

  it("PublishBatch delivers its entries and reports partial failures in AWS's shape", async () => {
    const { topicArn, queue } = await standardTopicWithQueue();
    const result = await ctx.sns.send(
      new PublishBatchCommand({
        TopicArn: topicArn,
        PublishBatchRequestEntries: [
          { Id: "ok-1", Message: "first" },
          { Id: "bad", Message: "x", MessageAttributes: { n: { DataType: "Number", StringValue: "NaN!" } } },
          { Id: "ok-2", Message: "second" },
        ],
      }),
    );
    expect(result.Successful?.map((entry) => entry.Id)).toEqual(["ok-1", "ok-2"]);
    expect(result.Successful?.every((entry) => typeof entry.MessageId === "string")).toBe(true);
    expect(result.Failed).toEqual([
      {
        Id: "bad",
        Code: "ParameterValueInvalid",
        Message: "Could not cast message attribute 'n' value to number.",
        SenderFault: true,
      },
    ]);
    const received = await receiveAll(ctx.sqs, queue.url, 2);
    expect(received.map((m) => m.Body).sort()).toEqual(["first", "second"]);
  });

  it("PublishBatch with more than ten entries is TooManyEntriesInBatchRequest", async () => {
    const { topicArn } = await standardTopicWithQueue();
    const entries = Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, Message: "m" }));
    const error = await snsError(
      ctx.sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries })),
    );
    expect(error.name).toBe("TooManyEntriesInBatchRequestException");
  });

  it("PublishBatch with repeated ids is BatchEntryIdsNotDistinct", async () => {
    const { topicArn } = await standardTopicWithQueue();
    const error = await snsError(
      ctx.sns.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: [
            { Id: "same", Message: "a" },
            { Id: "same", Message: "b" },
          ],
        }),
      ),
    );
    expect(error.name).toBe("BatchEntryIdsNotDistinctException");
  });

  it("PublishBatch with no entries is EmptyBatchRequest", async () => {
    const { topicArn } = await standardTopicWithQueue();
    const error = await snsError(
      ctx.sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: [] })),
    );
    expect(error.name).toBe("EmptyBatchRequestException");
  });

  it("PublishBatch over 256 KiB in total is BatchRequestTooLong", async () => {
    const { topicArn } = await standardTopicWithQueue();
    const entries = Array.from({ length: 3 }, (_, i) => ({ Id: `e${i}`, Message: "x".repeat(100 * 1024) }));
    const error = await snsError(
      ctx.sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries })),
    );
    expect(error.name).toBe("BatchRequestTooLongException");
  });

  it("PublishBatch to a FIFO topic answers sequence numbers and keeps the entries' order", async () => {
    const { topicArn, queue } = await fifoTopicWithQueue(true);
    const result = await ctx.sns.send(
      new PublishBatchCommand({
        TopicArn: topicArn,
        PublishBatchRequestEntries: Array.from({ length: 4 }, (_, i) => ({
          Id: `e${i}`,
          Message: `m${i}`,
          MessageGroupId: "g",
        })),
      }),
    );
    expect(result.Successful?.every((entry) => /^\d{20}$/.test(entry.SequenceNumber ?? ""))).toBe(true);
    const received = await receiveAll(ctx.sqs, queue.url, 4);
    expect(received.map((m) => m.Body)).toEqual(["m0", "m1", "m2", "m3"]);
  });
});
