import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateTopicCommand,
  GetTopicAttributesCommand,
  PublishCommand,
  SubscribeCommand,
  type SNSClient,
} from "@aws-sdk/client-sns";
import type { SQSClient } from "@aws-sdk/client-sqs";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulatorProcess, type EmulatorProcess } from "./support/emulator-process.js";
import { createQueue, receiveAll, snsClient, sqsClient } from "./support/sns-fixture.js";

const MESSAGES = 200;
const QUEUES = 3;

describe("SNS durability across kill -9", () => {
  let dataDir: string | undefined;
  let running: EmulatorProcess | undefined;
  let clients: { sns: SNSClient; sqs: SQSClient } | undefined;

  function connect(url: string) {
    clients?.sns.destroy();
    clients?.sqs.destroy();
    clients = { sns: snsClient(url), sqs: sqsClient(url) };
    return clients;
  }

  afterEach(async () => {
    clients?.sns.destroy();
    clients?.sqs.destroy();
    await running?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("every acknowledged publish is in every subscribed queue after kill -9, the signing certificate is kept, and the topic still delivers", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "eda-sns-crash-"));
    running = await startEmulatorProcess(dataDir);
    let { sns, sqs } = connect(running.url);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: "crash-topic" }));
    const queues = [];
    for (let i = 0; i < QUEUES; i++) {
      const queue = await createQueue(sqs, `crash-q${i}`);
      await sns.send(
        new SubscribeCommand({
          TopicArn,
          Protocol: "sqs",
          Endpoint: queue.arn,
          Attributes: { RawMessageDelivery: "true" },
        }),
      );
      queues.push(queue);
    }
    // An envelope subscriber, to read the SigningCertURL messages carry.
    const envelopes = await createQueue(sqs, "crash-envelopes");
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: envelopes.arn }));
    const bodies = Array.from({ length: MESSAGES }, (_, i) => `m-${i}`);
    for (let i = 0; i < bodies.length; i += 10) {
      await Promise.all(
        bodies.slice(i, i + 10).map((Message) => sns.send(new PublishCommand({ TopicArn, Message }))),
      );
    }

    const [envelope] = await receiveAll(sqs, envelopes.url, 1);
    const { SigningCertURL } = JSON.parse(envelope.Body ?? "{}") as { SigningCertURL: string };
    const certificate = await (await fetch(SigningCertURL)).text();

    await running.crash();
    running = await startEmulatorProcess(dataDir);
    ({ sns, sqs } = connect(running.url));

    for (const queue of queues) {
      const received = await receiveAll(sqs, queue.url, MESSAGES);
      expect(new Set(received.map((m) => m.Body))).toEqual(new Set(bodies));
    }
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes?.SubscriptionsConfirmed).toBe(String(QUEUES + 1));
    // Messages signed before the crash still verify: the key and its certificate were kept.
    const served = await fetch(SigningCertURL.replace(/^http:\/\/[^/]+/, running.url));
    expect(await served.text()).toBe(certificate);
    await sns.send(new PublishCommand({ TopicArn, Message: "after restart" }));
    const [after] = await receiveAll(sqs, queues[0].url, 1);
    expect(after.Body).toBe("after restart");
  });
});
