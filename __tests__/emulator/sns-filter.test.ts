import {
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SNSServiceException,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { describe, expect, it } from "vitest";
import type { MetricDatum } from "../../emulator/index.js";
import { createQueue, queueDepth, receiveAll, uniqueName, useSnsEmulator } from "./support/sns-fixture.js";

describe("SNS filter policies via the SDK", () => {
  const ctx = useSnsEmulator();

  async function filteredQueue(policy: unknown, scope?: "MessageAttributes" | "MessageBody") {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("filter") }));
    const queue = await createQueue(ctx.sqs, "filter-q");
    const attributes: Record<string, string> = {
      RawMessageDelivery: "true",
      FilterPolicy: JSON.stringify(policy),
    };
    if (scope !== undefined) attributes.FilterPolicyScope = scope;
    const { SubscriptionArn } = await ctx.sns.send(
      new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: queue.arn, Attributes: attributes }),
    );
    return { topicArn: TopicArn ?? "", queue, subscriptionArn: SubscriptionArn ?? "" };
  }

  it("the attribute scope delivers only messages whose attributes match", async () => {
    const { topicArn, queue } = await filteredQueue({ colour: ["red"], size: [{ numeric: [">", 2] }] });
    const publish = (colour: string, size: string, Message: string) =>
      ctx.sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Message,
          MessageAttributes: {
            colour: { DataType: "String", StringValue: colour },
            size: { DataType: "Number", StringValue: size },
          },
        }),
      );
    await publish("red", "3", "match");
    await publish("blue", "3", "wrong colour");
    await publish("red", "1", "too small");
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "no attributes" }));
    const received = await receiveAll(ctx.sqs, queue.url, 1);
    expect(received.map((m) => m.Body)).toEqual(["match"]);
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(1);
  });

  it("the body scope delivers only messages whose JSON body matches, nested keys included", async () => {
    const { topicArn, queue } = await filteredQueue(
      { order: { status: ["paid"], country: [{ "anything-but": ["XX"] }] } },
      "MessageBody",
    );
    const bodies = [
      { order: { status: "paid", country: "DE" } },
      { order: { status: "open", country: "DE" } },
      { order: { status: "paid", country: "XX" } },
    ];
    for (const body of bodies)
      await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: JSON.stringify(body) }));
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "not json" }));
    const received = await receiveAll(ctx.sqs, queue.url, 1);
    expect(received.map((m) => JSON.parse(m.Body ?? "null") as unknown)).toEqual([bodies[0]]);
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(1);
  });

  it("a subscription without FilterPolicyScope reports MessageAttributes", async () => {
    const { subscriptionArn } = await filteredQueue({ k: ["v"] });
    const { Attributes } = await ctx.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn }),
    );
    expect(Attributes?.FilterPolicyScope).toBe("MessageAttributes");
    expect(JSON.parse(Attributes?.FilterPolicy ?? "{}")).toEqual({ k: ["v"] });
  });

  it("an invalid policy is refused by Subscribe and by SetSubscriptionAttributes", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("badfilter") }));
    const queue = await createQueue(ctx.sqs, "badfilter-q");
    const subscribe = ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "sqs",
        Endpoint: queue.arn,
        Attributes: { FilterPolicy: JSON.stringify({ k: [{ numeric: [">", 10, "<", 5] }] }) },
      }),
    );
    await expect(subscribe).rejects.toThrow("Invalid parameter: FilterPolicy: Bottom must be less than top");
    const { subscriptionArn } = await filteredQueue({ k: ["v"] });
    const error = await ctx.sns
      .send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: subscriptionArn,
          AttributeName: "FilterPolicy",
          AttributeValue: JSON.stringify({ k: [{ bogus: 1 }] }),
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SNSServiceException);
    expect((error as SNSServiceException).name).toBe("InvalidParameterException");
  });

  it("FilterPolicyScope switches to MessageBody and refuses any other value", async () => {
    const { subscriptionArn } = await filteredQueue({ a: ["1"], b: ["2"], c: ["3"], d: ["4"], e: ["5"] });
    await ctx.sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: subscriptionArn,
        AttributeName: "FilterPolicyScope",
        AttributeValue: "MessageBody",
      }),
    );
    const { Attributes } = await ctx.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn }),
    );
    expect(Attributes?.FilterPolicyScope).toBe("MessageBody");
    const bad = ctx.sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: subscriptionArn,
        AttributeName: "FilterPolicyScope",
        AttributeValue: "Everything",
      }),
    );
    await expect(bad).rejects.toThrow(/FilterPolicyScope/);
  });

  it("filtered-out messages are counted in AWS/SNS metrics by reason", async () => {
    const datapoints: MetricDatum[] = [];
    const stop = ctx.emulator.onMetric((datum) => datapoints.push(datum));
    const { topicArn } = await filteredQueue({ colour: ["red"] });
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "no attributes" }));
    stop();
    const topicName = topicArn.split(":").pop();
    const names = datapoints
      .filter((datum) => datum.namespace === "AWS/SNS" && datum.dimensions.TopicName === topicName)
      .map((datum) => `${datum.name}=${datum.value}`);
    expect(names).toContain("NumberOfMessagesPublished=1");
    expect(names).toContain("NumberOfNotificationsFilteredOut-NoMessageAttributes=1");
    expect(names).toContain("NumberOfNotificationsFilteredOut=1");
  });
});
