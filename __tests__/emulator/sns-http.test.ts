import { createVerify, X509Certificate } from "node:crypto";
import {
  GetSubscriptionAttributesCommand,
  ConfirmSubscriptionCommand,
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueue, receiveAll, uniqueName, useSnsEmulator } from "./support/sns-fixture.js";
import { TestEndpoint } from "./support/sns-http-endpoint.js";

interface Confirmation {
  Type: string;
  MessageId: string;
  Token: string;
  TopicArn: string;
  Message: string;
  SubscribeURL: string;
  Timestamp: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
}

describe("SNS http subscriptions", () => {
  const ctx = useSnsEmulator();
  const endpoint = new TestEndpoint();
  beforeAll(() => endpoint.start());
  afterAll(() => endpoint.stop());

  async function subscribeHttp(path: string, attributes: Record<string, string> = {}) {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("http") }));
    const subscribed = await ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "http",
        Endpoint: `${endpoint.url}${path}`,
        Attributes: attributes,
      }),
    );
    const [request] = await endpoint.requests(path, 1);
    return {
      topicArn: TopicArn ?? "",
      subscribed,
      request,
      confirmation: JSON.parse(request.body) as Confirmation,
    };
  }

  it("Subscribe answers pending confirmation and posts a signed SubscriptionConfirmation", async () => {
    const { topicArn, subscribed, request, confirmation } = await subscribeHttp("/confirm-me");
    expect(subscribed.SubscriptionArn).toBe("pending confirmation");
    expect(request.headers["x-amz-sns-message-type"]).toBe("SubscriptionConfirmation");
    expect(request.headers["x-amz-sns-topic-arn"]).toBe(topicArn);
    expect(confirmation).toMatchObject({
      Type: "SubscriptionConfirmation",
      TopicArn: topicArn,
      SignatureVersion: "1",
    });
    expect(confirmation.SubscribeURL).toContain(`Token=${confirmation.Token}`);
    const certificate = new X509Certificate(await (await fetch(confirmation.SigningCertURL)).text());
    const stringToSign = ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"]
      .map((name) => `${name}\n${confirmation[name as keyof Confirmation]}\n`)
      .join("");
    expect(
      createVerify("RSA-SHA1")
        .update(stringToSign)
        .verify(certificate.publicKey, confirmation.Signature, "base64"),
    ).toBe(true);
    const listed = await ctx.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    expect(listed.Subscriptions?.[0].SubscriptionArn).toBe("PendingConfirmation");
  });

  it("visiting the SubscribeURL confirms the subscription, and notifications follow", async () => {
    const { topicArn, confirmation } = await subscribeHttp("/visit");
    const visit = await fetch(confirmation.SubscribeURL);
    expect(visit.status).toBe(200);
    const arn = /<SubscriptionArn>([^<]+)<\/SubscriptionArn>/.exec(await visit.text())?.[1] ?? "";
    const { Attributes } = await ctx.sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }));
    expect(Attributes).toMatchObject({ PendingConfirmation: "false", ConfirmationWasAuthenticated: "false" });
    const published = await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "over http" }));
    const [, notification] = await endpoint.requests("/visit", 2);
    expect(notification.headers["x-amz-sns-message-type"]).toBe("Notification");
    expect(notification.headers["x-amz-sns-subscription-arn"]).toBe(arn);
    expect(JSON.parse(notification.body)).toMatchObject({
      Type: "Notification",
      Message: "over http",
      MessageId: published.MessageId,
    });
  });

  it("ConfirmSubscription with the token confirms as an authenticated call", async () => {
    const { topicArn, confirmation } = await subscribeHttp("/api-confirm");
    const confirmed = await ctx.sns.send(
      new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: confirmation.Token }),
    );
    const { Attributes } = await ctx.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: confirmed.SubscriptionArn }),
    );
    expect(Attributes).toMatchObject({ PendingConfirmation: "false", ConfirmationWasAuthenticated: "true" });
  });

  it("ReturnSubscriptionArn answers the ARN of a subscription still pending", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("http-arn") }));
    const subscribed = await ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "http",
        Endpoint: `${endpoint.url}/arn`,
        ReturnSubscriptionArn: true,
      }),
    );
    const { Attributes } = await ctx.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: subscribed.SubscriptionArn }),
    );
    expect(Attributes?.PendingConfirmation).toBe("true");
  });

  it("a pending subscription receives no notifications", async () => {
    const { topicArn } = await subscribeHttp("/pending");
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "not for you" }));
    const confirmed = await subscribeHttp("/pending-probe");
    await fetch(confirmed.confirmation.SubscribeURL);
    await ctx.sns.send(new PublishCommand({ TopicArn: confirmed.topicArn, Message: "probe" }));
    await endpoint.requests("/pending-probe", 2);
    expect(endpoint.at("/pending")).toHaveLength(1);
  });

  it("a failing endpoint is retried per the delivery policy, then the message goes to the DLQ", async () => {
    const dlq = await createQueue(ctx.sqs, "http-dlq");
    const policy = { healthyRetryPolicy: { numRetries: 2, minDelayTarget: 0, maxDelayTarget: 0 } };
    const { topicArn, confirmation } = await subscribeHttp("/failing", {
      DeliveryPolicy: JSON.stringify(policy),
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn }),
    });
    await fetch(confirmation.SubscribeURL);
    endpoint.statusByPath.set("/failing", 500);
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "doomed" }));
    const requests = await endpoint.requests("/failing", 4);
    expect(
      requests.slice(1).every((request) => request.headers["x-amz-sns-message-type"] === "Notification"),
    ).toBe(true);
    const [dead] = await receiveAll(ctx.sqs, dlq.url, 1);
    expect(JSON.parse(dead.Body ?? "{}")).toMatchObject({ Message: "doomed" });
    expect(endpoint.at("/failing")).toHaveLength(4);
  });
});
