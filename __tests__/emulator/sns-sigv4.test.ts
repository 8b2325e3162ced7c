import {
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SNSClient,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { TestEndpoint } from "./support/sns-http-endpoint.js";

const credentials = { accessKeyId: "AKIDSNSGOOD", secretAccessKey: "sns-secret" };

describe("SNS with SigV4 checking on", () => {
  const endpoint = new TestEndpoint();
  let emulator: RunningEmulator;
  let sns: SNSClient;
  beforeAll(async () => {
    await endpoint.start();
    emulator = await startEmulator({ port: 0, log: () => {}, sigv4: { credentials: [credentials] } });
    sns = new SNSClient({ endpoint: emulator.url, region: "us-east-1", credentials });
  });
  afterAll(async () => {
    sns.destroy();
    await emulator.stop();
    await endpoint.stop();
  });

  it("the SubscribeURL and UnsubscribeURL work without credentials, other unsigned calls do not", async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: "signed-topic" }));
    const { SubscriptionArn } = await sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "http",
        Endpoint: `${endpoint.url}/signed`,
        ReturnSubscriptionArn: true,
      }),
    );
    const [request] = await endpoint.requests("/signed", 1);
    const { SubscribeURL } = JSON.parse(request.body) as { SubscribeURL: string };
    expect((await fetch(SubscribeURL)).status).toBe(200);
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    expect(Attributes?.PendingConfirmation).toBe("false");

    const publish = await fetch(
      `${emulator.url}/?Action=Publish&TopicArn=${encodeURIComponent(TopicArn ?? "")}&Message=anonymous`,
    );
    expect(publish.status).toBe(403);
    expect(await publish.text()).toContain("<Code>MissingAuthenticationToken</Code>");

    const unsubscribe = await fetch(
      `${emulator.url}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(SubscriptionArn ?? "")}`,
    );
    expect(unsubscribe.status).toBe(200);
    const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    expect(listed.Subscriptions).toEqual([]);
  });
});
