import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ConfirmSubscriptionCommand,
  CreateTopicCommand,
  PublishCommand,
  SubscribeCommand,
  type SNSClient,
} from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { snsClient } from "./support/sns-fixture.js";
import { TestEndpoint } from "./support/sns-http-endpoint.js";

/** Lets the emulator finish what an answered POST started (the retry it schedules) before the clock moves. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe("SNS http retries across a restart", () => {
  const endpoint = new TestEndpoint();
  let dataDir = "";
  beforeAll(async () => {
    await endpoint.start();
    dataDir = await mkdtemp(join(tmpdir(), "eda-sns-retry-"));
  });
  afterAll(async () => {
    await endpoint.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function start(clock: ManualClock): Promise<{ emulator: RunningEmulator; sns: SNSClient }> {
    const emulator = await startEmulator({ port: 0, dataDir, clock, log: () => {} });
    return { emulator, sns: snsClient(emulator.url) };
  }

  it("a retry still pending when the emulator stops is made after it starts again", async () => {
    const clock = new ManualClock();
    let { emulator, sns } = await start(clock);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: "retry-topic" }));
    const policy = { healthyRetryPolicy: { numRetries: 3, minDelayTarget: 600, maxDelayTarget: 600 } };
    await sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "http",
        Endpoint: `${endpoint.url}/flaky`,
        Attributes: { DeliveryPolicy: JSON.stringify(policy) },
      }),
    );
    clock.advance(0);
    const [confirmation] = await endpoint.requests("/flaky", 1);
    const { Token } = JSON.parse(confirmation.body) as { Token: string };
    await sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token }));

    endpoint.statusByPath.set("/flaky", 503);
    const published = await sns.send(new PublishCommand({ TopicArn, Message: "eventually" }));
    const timersBefore = clock.pending;
    clock.advance(0);
    await endpoint.requests("/flaky", 2);
    // The failed attempt stores the job and schedules its retry ten minutes out.
    await until(() => clock.pending >= timersBefore);
    sns.destroy();
    await emulator.stop();

    endpoint.statusByPath.set("/flaky", 200);
    const resumed = new ManualClock(clock.now());
    ({ emulator, sns } = await start(resumed));
    resumed.advance(0);
    const requests = await endpoint.requests("/flaky", 3);
    const retry = requests[2];
    expect(retry.headers["x-amz-sns-message-type"]).toBe("Notification");
    expect(retry.headers["x-amz-sns-message-id"]).toBe(published.MessageId);
    expect(JSON.parse(retry.body)).toMatchObject({ Message: "eventually" });
    sns.destroy();
    await emulator.stop();
  });
});
