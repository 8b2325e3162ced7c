import {
  CreateTopicCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { SetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/index.js";
import { createQueue, queueDepth, receiveAll, uniqueName, useSnsEmulator } from "./support/sns-fixture.js";

/** A queue policy that lets SNS deliver from one topic, under further conditions if given. */
function allowTopic(topicArn: string, queueArn: string, condition: object = {}): object {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "sns.amazonaws.com" },
        Action: "sqs:SendMessage",
        Resource: queueArn,
        Condition: { ArnEquals: { "aws:SourceArn": topicArn }, ...condition },
      },
    ],
  };
}

/**
 * The failure this architecture meets most in the field: a queue whose policy does not let the topic send.
 * Real SQS evaluates its queue policy for SNS's deliveries, so the message never reaches the queue; it goes to
 * the subscription's dead-letter queue, and the emulator logs why.
 */
describe("SNS deliveries under real queue policies", () => {
  const ctx = useSnsEmulator();

  async function subscribedTo(topicArn: string, queueArn: string, dlqArn: string): Promise<void> {
    const { SubscriptionArn } = await ctx.sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: queueArn }),
    );
    await ctx.sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn,
        AttributeName: "RedrivePolicy",
        AttributeValue: JSON.stringify({ deadLetterTargetArn: dlqArn }),
      }),
    );
  }

  it("a queue without a policy receives nothing, and the message lands in the subscription's DLQ", async () => {
    const { TopicArn = "" } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("policy-none") }));
    const queue = await createQueue(ctx.sqs, "no-policy", {}, { allowTopics: false });
    const dlq = await createQueue(ctx.sqs, "no-policy-dlq");
    await subscribedTo(TopicArn, queue.arn, dlq.arn);
    const published = await ctx.sns.send(new PublishCommand({ TopicArn, Message: "refused" }));
    const [dead] = await receiveAll(ctx.sqs, dlq.url, 1);
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(0);
    expect(JSON.parse(dead.Body ?? "{}")).toMatchObject({
      Message: "refused",
      MessageId: published.MessageId,
    });
    expect(dead.MessageAttributes?.ErrorCode?.StringValue).toBe("AccessDenied");
    expect(ctx.logs.some((line) => line.includes(queue.arn) && line.includes("AccessDenied"))).toBe(true);
  });

  it("a queue whose policy allows only another topic refuses this one, and accepts that one", async () => {
    const { TopicArn: allowed = "" } = await ctx.sns.send(
      new CreateTopicCommand({ Name: uniqueName("allowed") }),
    );
    const { TopicArn: other = "" } = await ctx.sns.send(
      new CreateTopicCommand({ Name: uniqueName("other") }),
    );
    const queue = await createQueue(ctx.sqs, "one-topic", {}, { allowTopics: false });
    await ctx.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: queue.url,
        Attributes: { Policy: JSON.stringify(allowTopic(allowed, queue.arn)) },
      }),
    );
    const dlq = await createQueue(ctx.sqs, "one-topic-dlq");
    await subscribedTo(allowed, queue.arn, dlq.arn);
    await subscribedTo(other, queue.arn, dlq.arn);
    await ctx.sns.send(new PublishCommand({ TopicArn: other, Message: "from the other topic" }));
    await ctx.sns.send(new PublishCommand({ TopicArn: allowed, Message: "from the allowed topic" }));
    const [delivered] = await receiveAll(ctx.sqs, queue.url, 1);
    const [dead] = await receiveAll(ctx.sqs, dlq.url, 1);
    expect(JSON.parse(delivered.Body ?? "{}")).toMatchObject({ Message: "from the allowed topic" });
    expect(JSON.parse(dead.Body ?? "{}")).toMatchObject({ Message: "from the other topic", TopicArn: other });
  });
});

/**
 * SQS keeps each queue policy's answer for a topic (SNS asks for every message), so these check that the
 * answer follows the policy and the clock: a changed policy decides the next delivery, and a policy that tests
 * the time is judged at each delivery's time.
 */
describe("SNS deliveries when the queue policy or the time changes", () => {
  const clock = new ManualClock(Date.UTC(2026, 5, 1));
  const ctx = useSnsEmulator({ clock });

  async function topicWithQueue(tag: string, policy: (topicArn: string, queueArn: string) => object) {
    const { TopicArn = "" } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName(tag) }));
    const queue = await createQueue(ctx.sqs, tag, {}, { allowTopics: false });
    const dlq = await createQueue(ctx.sqs, `${tag}-dlq`);
    await setPolicy(queue, policy(TopicArn, queue.arn));
    const { SubscriptionArn } = await ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "sqs",
        Endpoint: queue.arn,
        Attributes: { RawMessageDelivery: "true" },
      }),
    );
    await ctx.sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn,
        AttributeName: "RedrivePolicy",
        AttributeValue: JSON.stringify({ deadLetterTargetArn: dlq.arn }),
      }),
    );
    return { TopicArn, queue, dlq };
  }

  async function setPolicy(queue: { url: string }, policy: object): Promise<void> {
    await ctx.sqs.send(
      new SetQueueAttributesCommand({ QueueUrl: queue.url, Attributes: { Policy: JSON.stringify(policy) } }),
    );
  }

  /** The queue holds just the delivered body, the dead-letter queue just the refused one. */
  async function expectOneEach(
    queue: { url: string },
    delivered: string,
    dlq: { url: string },
    refused: string,
  ): Promise<void> {
    // Depths first: the clock stands still, so a long poll on an empty queue would never end.
    expect([await queueDepth(ctx.sqs, queue.url), await queueDepth(ctx.sqs, dlq.url)]).toEqual([1, 1]);
    const [inQueue] = await receiveAll(ctx.sqs, queue.url, 1);
    const [inDlq] = await receiveAll(ctx.sqs, dlq.url, 1);
    expect([inQueue.Body, inDlq.Body]).toEqual([delivered, refused]);
  }

  it("a queue whose policy stops allowing the topic refuses the next message", async () => {
    const { TopicArn, queue, dlq } = await topicWithQueue("policy-change", allowTopic);
    await ctx.sns.send(new PublishCommand({ TopicArn, Message: "while allowed" }));
    await setPolicy(queue, allowTopic("arn:aws:sns:us-east-1:000000000000:another-topic", queue.arn));
    await ctx.sns.send(new PublishCommand({ TopicArn, Message: "after the change" }));
    await expectOneEach(queue, "while allowed", dlq, "after the change");
  });

  it("a queue policy that tests aws:CurrentTime is judged at each delivery's time", async () => {
    const until = new Date(clock.now() + 60_000).toISOString();
    const { TopicArn, queue, dlq } = await topicWithQueue("policy-time", (topicArn, queueArn) =>
      allowTopic(topicArn, queueArn, { DateLessThan: { "aws:CurrentTime": until } }),
    );
    await ctx.sns.send(new PublishCommand({ TopicArn, Message: "before the deadline" }));
    clock.advance(120_000);
    await ctx.sns.send(new PublishCommand({ TopicArn, Message: "after the deadline" }));
    await expectOneEach(queue, "before the deadline", dlq, "after the deadline");
  });
});
