import { CreateTopicCommand, SetTopicAttributesCommand, SubscribeCommand } from "@aws-sdk/client-sns";
import { describe, expect, it } from "vitest";
import type { ServicePrincipalCall, SnsInterface } from "../../emulator/core/interfaces.js";
import type { MetricDatum } from "../../emulator/index.js";
import { envelopeVerifies, type Envelope } from "./support/sns-envelope.js";
import {
  ACCOUNT,
  createQueue,
  queueDepth,
  receiveAll,
  uniqueName,
  useSnsEmulator,
} from "./support/sns-fixture.js";

const OTHER_ACCOUNT = "111122223333";

function alarmCaller(account: string, name = "dlq-depth"): ServicePrincipalCall {
  return {
    servicePrincipal: "cloudwatch.amazonaws.com",
    sourceArn: `arn:aws:cloudwatch:us-east-1:${account}:alarm:${name}`,
    sourceAccount: account,
  };
}

describe("SNS's publish interface (what CloudWatch alarms call)", () => {
  const ctx = useSnsEmulator();

  async function snsApi(): Promise<SnsInterface> {
    return (await ctx.emulator.service("sns")).api as SnsInterface;
  }

  async function topicWithQueue(attributes: Record<string, string> = {}) {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("alarms") }));
    const queue = await createQueue(ctx.sqs, "alarm-inbox");
    await ctx.sns.send(
      new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: queue.arn, Attributes: attributes }),
    );
    return { topicArn: TopicArn ?? "", queue };
  }

  it("the default topic policy lets the owner's alarms publish, fanned out in a signed envelope", async () => {
    const { topicArn, queue } = await topicWithQueue();
    const sns = await snsApi();
    const result = sns.publish(
      topicArn,
      '{"AlarmName":"dlq-depth"}',
      'ALARM: "dlq-depth"',
      alarmCaller(ACCOUNT),
    );
    expect(result).toMatchObject({ published: true });
    const [message] = await receiveAll(ctx.sqs, queue.url, 1);
    const envelope = JSON.parse(message.Body ?? "{}") as Envelope;
    expect(envelope).toMatchObject({
      Type: "Notification",
      TopicArn: topicArn,
      Subject: 'ALARM: "dlq-depth"',
      Message: '{"AlarmName":"dlq-depth"}',
      MessageId: result.published ? result.messageId : "",
    });
    expect(envelope.SigningCertURL.startsWith(`${ctx.emulator.url}/_eda/sns/`)).toBe(true);
    expect(envelope.UnsubscribeURL.startsWith(`${ctx.emulator.url}/?Action=Unsubscribe`)).toBe(true);
    expect(await envelopeVerifies(envelope)).toBe(true);
  });

  it("an alarm of another account is refused by the default policy and nothing is delivered", async () => {
    const { topicArn, queue } = await topicWithQueue();
    const result = (await snsApi()).publish(topicArn, "{}", "ALARM", alarmCaller(OTHER_ACCOUNT));
    expect(result).toMatchObject({ published: false, reason: "AuthorizationError" });
    expect(result.published ? "" : result.detail).toBe(
      `Resource: ${alarmCaller(OTHER_ACCOUNT).sourceArn} is not authorized to perform: SNS:Publish on resource: ${topicArn} because no resource-based policy allows the SNS:Publish action`,
    );
    expect(ctx.logs.some((line) => line.includes("cloudwatch.amazonaws.com may not publish"))).toBe(true);
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(0);
  });

  it("a topic policy naming cloudwatch.amazonaws.com with the alarm's ARN lets another account's alarm publish", async () => {
    const { topicArn, queue } = await topicWithQueue();
    await ctx.sns.send(
      new SetTopicAttributesCommand({
        TopicArn: topicArn,
        AttributeName: "Policy",
        AttributeValue: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "CrossAccountAlarms",
              Effect: "Allow",
              Principal: { Service: "cloudwatch.amazonaws.com" },
              Action: "sns:Publish",
              Resource: topicArn,
              Condition: {
                ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:us-east-1:${OTHER_ACCOUNT}:alarm:*` },
              },
            },
          ],
        }),
      }),
    );
    const sns = await snsApi();
    expect(sns.publish(topicArn, "{}", "ALARM", alarmCaller(OTHER_ACCOUNT))).toMatchObject({
      published: true,
    });
    // The policy replaced the default one, so the owner's own alarms are no longer allowed.
    expect(sns.publish(topicArn, "{}", "ALARM", alarmCaller(ACCOUNT))).toMatchObject({
      published: false,
      reason: "AuthorizationError",
    });
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(1);
  });

  it("a topic that does not exist answers NotFound", async () => {
    const missing = `arn:aws:sns:us-east-1:${ACCOUNT}:${uniqueName("missing")}`;
    expect((await snsApi()).publish(missing, "{}", "ALARM", alarmCaller(ACCOUNT))).toMatchObject({
      published: false,
      reason: "NotFound",
    });
  });

  it("a subject SNS refuses answers InvalidParameter", async () => {
    const { topicArn } = await topicWithQueue();
    const result = (await snsApi()).publish(topicArn, "{}", "x".repeat(101), alarmCaller(ACCOUNT));
    expect(result).toMatchObject({ published: false, reason: "InvalidParameter" });
  });

  it("filter policies and raw delivery apply as they do to Publish", async () => {
    const raw = await topicWithQueue({ RawMessageDelivery: "true" });
    const filtered = await createQueue(ctx.sqs, "filtered");
    await ctx.sns.send(
      new SubscribeCommand({
        TopicArn: raw.topicArn,
        Protocol: "sqs",
        Endpoint: filtered.arn,
        Attributes: { FilterPolicy: JSON.stringify({ severity: ["high"] }) },
      }),
    );
    const published = (await snsApi()).publish(raw.topicArn, "alarm body", "ALARM", alarmCaller(ACCOUNT));
    expect(published).toMatchObject({ published: true });
    const [message] = await receiveAll(ctx.sqs, raw.queue.url, 1);
    expect(message.Body).toBe("alarm body");
    // An alarm notification carries no message attributes, so an attribute filter never matches it.
    expect(await queueDepth(ctx.sqs, filtered.url)).toBe(0);
  });

  it("a delivery the queue refuses goes to the subscription's DLQ, as it does for Publish", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("alarms") }));
    const locked = await createQueue(ctx.sqs, "locked", {}, { allowTopics: false });
    const dlq = await createQueue(ctx.sqs, "alarm-dlq");
    await ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "sqs",
        Endpoint: locked.arn,
        Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn }) },
      }),
    );
    const result = (await snsApi()).publish(TopicArn ?? "", "{}", "ALARM", alarmCaller(ACCOUNT));
    expect(result).toMatchObject({ published: true });
    expect(await queueDepth(ctx.sqs, locked.url)).toBe(0);
    const [dead] = await receiveAll(ctx.sqs, dlq.url, 1);
    expect(dead.MessageAttributes?.ErrorCode?.StringValue).toBe("AccessDenied");
  });

  it("records the topic's AWS/SNS metrics as a Publish does", async () => {
    const { topicArn } = await topicWithQueue();
    const datapoints: MetricDatum[] = [];
    const stop = ctx.emulator.onMetric((datum) => datapoints.push(datum));
    (await snsApi()).publish(topicArn, "12345", "ALARM", alarmCaller(ACCOUNT));
    stop();
    const topicName = topicArn.split(":").pop() ?? "";
    const named = (name: string) =>
      datapoints.find((d) => d.name === name && d.dimensions.TopicName === topicName)?.value;
    expect(named("NumberOfMessagesPublished")).toBe(1);
    expect(named("PublishSize")).toBe(5);
    expect(named("NumberOfNotificationsDelivered")).toBe(1);
  });
});
