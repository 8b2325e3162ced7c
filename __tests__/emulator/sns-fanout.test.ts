import { createVerify, X509Certificate } from "node:crypto";
import {
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListSubscriptionsCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand,
} from "@aws-sdk/client-sns";
import { DeleteQueueCommand } from "@aws-sdk/client-sqs";
import { describe, expect, it } from "vitest";
import {
  createQueue,
  queueDepth,
  receiveAll,
  uniqueName,
  useSnsEmulator,
  snsError,
} from "./support/sns-fixture.js";
import { notificationStringToSign, type Envelope } from "./support/sns-envelope.js";

describe("SNS fan-out into SQS via the SDK", () => {
  const ctx = useSnsEmulator();

  async function topicWithQueues(count: number, attributes: Record<string, string> = {}) {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("fan") }));
    const queues = [];
    for (let i = 0; i < count; i++) {
      const queue = await createQueue(ctx.sqs, `fan-q${i}`);
      const { SubscriptionArn } = await ctx.sns.send(
        new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: queue.arn, Attributes: attributes }),
      );
      queues.push({ ...queue, subscriptionArn: SubscriptionArn ?? "" });
    }
    return { topicArn: TopicArn ?? "", queues };
  }

  it("an sqs subscription is confirmed at once and counted on the topic", async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    expect(queues[0].subscriptionArn).toMatch(new RegExp(`^${topicArn}:[0-9a-f-]{36}$`));
    const { Attributes } = await ctx.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }));
    expect(Attributes?.SubscriptionsConfirmed).toBe("1");
    const sub = await ctx.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: queues[0].subscriptionArn }),
    );
    expect(sub.Attributes).toMatchObject({
      Protocol: "sqs",
      Endpoint: queues[0].arn,
      TopicArn: topicArn,
      PendingConfirmation: "false",
      RawMessageDelivery: "false",
      SubscriptionArn: queues[0].subscriptionArn,
    });
  });

  it("a publish reaches every subscribed queue in a signed JSON envelope", async () => {
    const { topicArn, queues } = await topicWithQueues(2);
    const published = await ctx.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: "hello",
        Subject: "greeting",
        MessageAttributes: {
          colour: { DataType: "String", StringValue: "blue" },
          size: { DataType: "Number", StringValue: "3" },
          raw: { DataType: "Binary", BinaryValue: Buffer.from([1, 2, 3]) },
        },
      }),
    );
    const signatures = new Set<string>();
    for (const queue of queues) {
      const [message] = await receiveAll(ctx.sqs, queue.url, 1);
      const envelope = JSON.parse(message.Body ?? "{}") as Envelope;
      signatures.add(envelope.Signature);
      expect(envelope).toMatchObject({
        Type: "Notification",
        MessageId: published.MessageId,
        TopicArn: topicArn,
        Subject: "greeting",
        Message: "hello",
        SignatureVersion: "1",
        MessageAttributes: {
          colour: { Type: "String", Value: "blue" },
          size: { Type: "Number", Value: "3" },
          raw: { Type: "Binary", Value: "AQID" },
        },
      });
      expect(envelope.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(envelope.UnsubscribeURL).toBe(
        `${ctx.emulator.url}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(queue.subscriptionArn)}`,
      );
    }
    // Signed once: every subscriber gets the same signature.
    expect(signatures.size).toBe(1);
  });

  it("visiting the envelope's UnsubscribeURL ends the subscription", async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "last one" }));
    const [message] = await receiveAll(ctx.sqs, queues[0].url, 1);
    const { UnsubscribeURL } = JSON.parse(message.Body ?? "{}") as Envelope;
    expect((await fetch(UnsubscribeURL)).status).toBe(200);
    const listed = await ctx.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    expect(listed.Subscriptions).toEqual([]);
  });

  it("the envelope's signature verifies against the certificate served at SigningCertURL", async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "signed body", Subject: "s" }));
    const [message] = await receiveAll(ctx.sqs, queues[0].url, 1);
    const envelope = JSON.parse(message.Body ?? "{}") as Envelope;
    const response = await fetch(envelope.SigningCertURL);
    expect(response.status).toBe(200);
    const certificate = new X509Certificate(await response.text());
    const verifier = createVerify("RSA-SHA1");
    verifier.update(notificationStringToSign(envelope));
    expect(verifier.verify(certificate.publicKey, envelope.Signature, "base64")).toBe(true);
  });

  it("SignatureVersion 2 signs with SHA256, and a changed message no longer verifies", async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    await ctx.sns.send(
      new SetTopicAttributesCommand({
        TopicArn: topicArn,
        AttributeName: "SignatureVersion",
        AttributeValue: "2",
      }),
    );
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "v2 body" }));
    const [message] = await receiveAll(ctx.sqs, queues[0].url, 1);
    const envelope = JSON.parse(message.Body ?? "{}") as Envelope;
    expect(envelope.SignatureVersion).toBe("2");
    const certificate = new X509Certificate(await (await fetch(envelope.SigningCertURL)).text());
    const verify = (text: string) =>
      createVerify("RSA-SHA256").update(text).verify(certificate.publicKey, envelope.Signature, "base64");
    expect(verify(notificationStringToSign(envelope))).toBe(true);
    expect(verify(notificationStringToSign({ ...envelope, Message: "tampered" }))).toBe(false);
  });

  it("raw delivery puts the message as the body and the attributes as SQS message attributes", async () => {
    const { topicArn, queues } = await topicWithQueues(1, { RawMessageDelivery: "true" });
    await ctx.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: "raw body",
        MessageAttributes: {
          colour: { DataType: "String", StringValue: "red" },
          sizes: { DataType: "String.Array", StringValue: '["s","m"]' },
          bytes: { DataType: "Binary", BinaryValue: Buffer.from("hi") },
        },
      }),
    );
    const [message] = await receiveAll(ctx.sqs, queues[0].url, 1);
    expect(message.Body).toBe("raw body");
    expect(message.MessageAttributes?.colour).toMatchObject({ DataType: "String", StringValue: "red" });
    expect(message.MessageAttributes?.sizes).toMatchObject({
      DataType: "String.Array",
      StringValue: '["s","m"]',
    });
    expect(Buffer.from(message.MessageAttributes?.bytes.BinaryValue ?? []).toString()).toBe("hi");
  });

  it("MessageStructure json sends the sqs entry to queues", async () => {
    const { topicArn, queues } = await topicWithQueues(1, { RawMessageDelivery: "true" });
    await ctx.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        MessageStructure: "json",
        Message: JSON.stringify({ default: "for everyone", sqs: "for queues" }),
      }),
    );
    const [message] = await receiveAll(ctx.sqs, queues[0].url, 1);
    expect(message.Body).toBe("for queues");
  });

  it("MessageStructure json without a default entry is InvalidParameter", async () => {
    const { topicArn } = await topicWithQueues(0);
    const error = await snsError(
      ctx.sns.send(
        new PublishCommand({ TopicArn: topicArn, MessageStructure: "json", Message: '{"sqs":"x"}' }),
      ),
    );
    expect(error.message).toBe(
      "Invalid parameter: Message Structure - No default entry in JSON message body",
    );
  });

  it("a message over 256 KiB counting its attributes is refused", async () => {
    const { topicArn } = await topicWithQueues(0);
    const body = "x".repeat(256 * 1024 - 10);
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: body }));
    const error = await snsError(
      ctx.sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Message: body,
          MessageAttributes: { attribute: { DataType: "String", StringValue: "1" } },
        }),
      ),
    );
    expect(error.name).toBe("InvalidParameterException");
    expect(error.message).toBe("Invalid parameter: Message too long");
  });

  it("a Number attribute that is no number is ParameterValueInvalid", async () => {
    const { topicArn } = await topicWithQueues(0);
    const error = await snsError(
      ctx.sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Message: "m",
          MessageAttributes: { n: { DataType: "Number", StringValue: "abc" } },
        }),
      ),
    );
    expect(error.name).toBe("InvalidParameterValueException");
    expect(error.message).toBe("Could not cast message attribute 'n' value to number.");
  });

  it("Publish by TargetArn reaches the topic's queues", async () => {
    const { topicArn, queues } = await topicWithQueues(1, { RawMessageDelivery: "true" });
    await ctx.sns.send(new PublishCommand({ TargetArn: topicArn, Message: "by target" }));
    const [message] = await receiveAll(ctx.sqs, queues[0].url, 1);
    expect(message.Body).toBe("by target");
  });

  it("a standard topic cannot subscribe a FIFO queue", async () => {
    const { topicArn } = await topicWithQueues(0);
    const queue = await createQueue(ctx.sqs, "fifo-q", { FifoQueue: "true" });
    const error = await snsError(
      ctx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: queue.arn })),
    );
    expect(error.name).toBe("InvalidParameterException");
    expect(error.message).toContain("FIFO SQS Queues can not be subscribed to standard SNS topics");
  });

  it("subscribing the same queue again answers the same subscription", async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    const again = await ctx.sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: queues[0].arn }),
    );
    expect(again.SubscriptionArn).toBe(queues[0].subscriptionArn);
  });

  it("an unknown protocol is InvalidParameter", async () => {
    const { topicArn } = await topicWithQueues(0);
    const error = await snsError(
      ctx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: "carrier-pigeon", Endpoint: "x" })),
    );
    expect(error.message).toBe(
      "Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon",
    );
  });

  it("a lambda subscription is stored and confirmed", async () => {
    const { topicArn } = await topicWithQueues(0);
    const endpoint = "arn:aws:lambda:us-east-1:000000000000:function:handler";
    const { SubscriptionArn } = await ctx.sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: "lambda", Endpoint: endpoint }),
    );
    const { Attributes } = await ctx.sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    expect(Attributes).toMatchObject({
      Protocol: "lambda",
      Endpoint: endpoint,
      PendingConfirmation: "false",
    });
  });

  it("SetSubscriptionAttributes switches raw delivery on", async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    await ctx.sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: queues[0].subscriptionArn,
        AttributeName: "RawMessageDelivery",
        AttributeValue: "true",
      }),
    );
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "now raw" }));
    const [message] = await receiveAll(ctx.sqs, queues[0].url, 1);
    expect(message.Body).toBe("now raw");
  });

  it("RawMessageDelivery must be true or false", async () => {
    const { queues } = await topicWithQueues(1);
    const error = await snsError(
      ctx.sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: queues[0].subscriptionArn,
          AttributeName: "RawMessageDelivery",
          AttributeValue: "maybe",
        }),
      ),
    );
    expect(error.name).toBe("InvalidParameterException");
  });

  it("after Unsubscribe the queue gets nothing and the topic counts a deleted subscription", async () => {
    const { topicArn, queues } = await topicWithQueues(2);
    await ctx.sns.send(new UnsubscribeCommand({ SubscriptionArn: queues[0].subscriptionArn }));
    await ctx.sns.send(new UnsubscribeCommand({ SubscriptionArn: queues[0].subscriptionArn }));
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "after" }));
    expect(await queueDepth(ctx.sqs, queues[0].url)).toBe(0);
    expect(await queueDepth(ctx.sqs, queues[1].url)).toBe(1);
    const { Attributes } = await ctx.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }));
    expect(Attributes).toMatchObject({ SubscriptionsConfirmed: "1", SubscriptionsDeleted: "1" });
  });

  it("ListSubscriptionsByTopic lists the topic's subscriptions and ListSubscriptions includes them", async () => {
    const { topicArn, queues } = await topicWithQueues(2);
    const byTopic = await ctx.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    expect(byTopic.Subscriptions?.map((s) => s.SubscriptionArn)).toEqual(
      queues.map((q) => q.subscriptionArn),
    );
    expect(byTopic.Subscriptions?.[0]).toMatchObject({
      Protocol: "sqs",
      Endpoint: queues[0].arn,
      Owner: "000000000000",
    });
    const all = await ctx.sns.send(new ListSubscriptionsCommand({}));
    const listed = new Set(all.Subscriptions?.map((s) => s.SubscriptionArn));
    expect(queues.every((q) => listed.has(q.subscriptionArn))).toBe(true);
  });

  it("a delivery to a deleted queue goes to the subscription's dead-letter queue with the error attributes", async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    const dlq = await createQueue(ctx.sqs, "dlq");
    await ctx.sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: queues[0].subscriptionArn,
        AttributeName: "RedrivePolicy",
        AttributeValue: JSON.stringify({ deadLetterTargetArn: dlq.arn }),
      }),
    );
    await ctx.sqs.send(new DeleteQueueCommand({ QueueUrl: queues[0].url }));
    const published = await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "lost?" }));
    const [message] = await receiveAll(ctx.sqs, dlq.url, 1);
    const envelope = JSON.parse(message.Body ?? "{}") as Envelope;
    expect(envelope).toMatchObject({ Message: "lost?", MessageId: published.MessageId });
    expect(message.MessageAttributes?.ErrorCode?.StringValue).toBe("QueueDoesNotExist");
    expect(ctx.logs.some((line) => line.includes(queues[0].arn) && line.includes("QueueDoesNotExist"))).toBe(
      true,
    );
  });

  it("Publish to an unknown topic is NotFound", async () => {
    const error = await snsError(
      ctx.sns.send(
        new PublishCommand({ TopicArn: "arn:aws:sns:us-east-1:000000000000:nothing-here", Message: "m" }),
      ),
    );
    expect(error.name).toBe("NotFoundException");
  });
});
