import { AddPermissionCommand } from "@aws-sdk/client-lambda";
import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SNSClient,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEFAULT_CREDENTIALS } from "./support/iam-clients.js";
import { LambdaClients } from "./support/lambda.js";
import { ScriptedExecutor, servicesWithExecutor } from "./support/lambda-executor-double.js";

const ACCOUNT = "000000000000";

interface Harness {
  emulator: RunningEmulator;
  clients: LambdaClients;
  sns: SNSClient;
  sqs: SQSClient;
  clock: ManualClock;
  executor: ScriptedExecutor;
}
const running: Harness[] = [];

afterEach(async () => {
  for (const harness of running.splice(0)) {
    harness.clients.destroy();
    harness.sns.destroy();
    harness.sqs.destroy();
    await harness.emulator.stop();
  }
});

async function start(): Promise<Harness> {
  const clock = new ManualClock(Date.UTC(2024, 0, 1));
  const executor = new ScriptedExecutor();
  const emulator = await startEmulator({
    port: 0,
    log: () => {},
    clock,
    services: servicesWithExecutor(executor),
  });
  const config = { endpoint: emulator.url, region: "us-east-1", credentials: DEFAULT_CREDENTIALS };
  const harness: Harness = {
    emulator,
    clients: new LambdaClients(emulator),
    sns: new SNSClient(config),
    sqs: new SQSClient(config),
    clock,
    executor,
  };
  running.push(harness);
  return harness;
}

/** A function, a topic, and the function subscribed to the topic (`allowedTopic`: whom AddPermission names). */
async function subscribed(
  harness: Harness,
  options: { allowedTopic?: "this" | "another" | "none"; attributes?: Record<string, string> } = {},
): Promise<{ topicArn: string; subscriptionArn: string; functionArn: string }> {
  const role = await harness.clients.role("subscriber-role");
  const created = await harness.clients.createFunction("subscriber", role);
  harness.clock.advance(1000);
  const functionArn = created.FunctionArn ?? "";
  const topic = await harness.sns.send(new CreateTopicCommand({ Name: "events" }));
  const topicArn = topic.TopicArn ?? "";
  const allowed = options.allowedTopic ?? "this";
  if (allowed !== "none") {
    await harness.clients.lambda.send(
      new AddPermissionCommand({
        FunctionName: "subscriber",
        StatementId: "sns",
        Action: "lambda:InvokeFunction",
        Principal: "sns.amazonaws.com",
        SourceArn: allowed === "this" ? topicArn : `arn:aws:sns:us-east-1:${ACCOUNT}:other`,
      }),
    );
  }
  const subscription = await harness.sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: "lambda",
      Endpoint: functionArn,
      Attributes: options.attributes,
      ReturnSubscriptionArn: true,
    }),
  );
  return { topicArn, subscriptionArn: subscription.SubscriptionArn ?? "", functionArn };
}

/** Runs the asynchronous invocations that fall due until the function has been called `count` times. */
async function invocations(harness: Harness, count: number): Promise<Record<string, unknown>[]> {
  await vi.waitFor(() => {
    harness.clock.advance(0);
    expect(harness.executor.calls).toHaveLength(count);
  });
  return harness.executor.calls.map(
    (call) => JSON.parse(call.request.payload.toString()) as Record<string, unknown>,
  );
}

/** Gives deliveries that were refused time to be made, if they wrongly were. */
async function quietly(harness: Harness): Promise<void> {
  for (let i = 0; i < 5; i++) {
    harness.clock.advance(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("SNS → Lambda subscriptions", () => {
  it("are confirmed at once", async () => {
    const harness = await start();
    const { topicArn, subscriptionArn } = await subscribed(harness);
    expect(subscriptionArn).toMatch(new RegExp(`^${topicArn}:[0-9a-f-]{36}$`));
    const listed = await harness.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    expect(listed.Subscriptions?.map((s) => s.SubscriptionArn)).toEqual([subscriptionArn]);
  });

  it("invoke the function asynchronously with the SNS event shape", async () => {
    const harness = await start();
    const { topicArn, subscriptionArn } = await subscribed(harness);
    const published = await harness.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: "hello",
        Subject: "greeting",
        MessageAttributes: { color: { DataType: "String", StringValue: "red" } },
      }),
    );
    const [event] = await invocations(harness, 1);
    expect(event).toEqual({
      Records: [
        {
          EventVersion: "1.0",
          EventSubscriptionArn: subscriptionArn,
          EventSource: "aws:sns",
          Sns: {
            Type: "Notification",
            MessageId: published.MessageId,
            TopicArn: topicArn,
            Subject: "greeting",
            Message: "hello",
            Timestamp: new Date(harness.clock.now()).toISOString(),
            SignatureVersion: "1",
            Signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) as string,
            SigningCertUrl: expect.stringMatching(/^http:\/\/.+\.pem$/) as string,
            UnsubscribeUrl: `${harness.emulator.url}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`,
            MessageAttributes: { color: { Type: "String", Value: "red" } },
          },
        },
      ],
    });
  });

  it("give Subject null and empty MessageAttributes when the message has none", async () => {
    const harness = await start();
    const { topicArn } = await subscribed(harness);
    await harness.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "plain" }));
    const [event] = await invocations(harness, 1);
    expect((event.Records as { Sns: Record<string, unknown> }[])[0].Sns).toMatchObject({
      Subject: null,
      MessageAttributes: {},
    });
  });

  it("honour the subscription's filter policy", async () => {
    const harness = await start();
    const { topicArn } = await subscribed(harness, {
      attributes: { FilterPolicy: JSON.stringify({ color: ["blue"] }) },
    });
    for (const color of ["red", "blue"]) {
      await harness.sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Message: color,
          MessageAttributes: { color: { DataType: "String", StringValue: color } },
        }),
      );
    }
    const events = await invocations(harness, 1);
    await quietly(harness);
    expect(harness.executor.calls).toHaveLength(1);
    expect(JSON.stringify(events[0])).toContain('"Message":"blue"');
  });

  it("are refused without a permission for the topic, and the message goes to the subscription's DLQ", async () => {
    const harness = await start();
    const dlqArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:sns-lambda-dlq`;
    const dlq = await harness.sqs.send(
      new CreateQueueCommand({
        QueueName: "sns-lambda-dlq",
        Attributes: {
          Policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Principal: { Service: "sns.amazonaws.com" },
                Action: "sqs:SendMessage",
                Resource: dlqArn,
              },
            ],
          }),
        },
      }),
    );
    const { topicArn } = await subscribed(harness, {
      allowedTopic: "another",
      attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn }) },
    });
    await harness.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "refused" }));
    const out = await vi.waitFor(async () => {
      const received = await harness.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: dlq.QueueUrl, MessageAttributeNames: ["All"] }),
      );
      expect(received.Messages).toHaveLength(1);
      return received.Messages?.[0];
    });
    expect(JSON.parse(out?.Body ?? "{}")).toMatchObject({ Type: "Notification", Message: "refused" });
    expect(out?.MessageAttributes?.ErrorCode?.StringValue).toBe("AccessDeniedException");
    await quietly(harness);
    expect(harness.executor.calls).toHaveLength(0);
  });

  it("are refused when the function's policy has no statement for SNS", async () => {
    const harness = await start();
    const { topicArn } = await subscribed(harness, { allowedTopic: "none" });
    await harness.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "nobody allowed it" }));
    await quietly(harness);
    expect(harness.executor.calls).toHaveLength(0);
  });
});
