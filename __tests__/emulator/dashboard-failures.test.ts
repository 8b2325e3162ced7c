import { ReceiveMessageCommand, SendMessageCommand, SetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "../../emulator/dashboard/snapshot.js";
import { launchChromium } from "./support/browser.js";
import { createQueue, useSnsEmulator } from "./support/sns-fixture.js";

const fixture = useSnsEmulator();
let source: { url: string; arn: string };
let dlq: { url: string; arn: string };

/** A Lambda on-failure record in AWS's format for a Kinesis event source. */
const ON_FAILURE_RECORD = {
  requestContext: {
    requestId: "c9b8fa9f-5a7f-4ef7-8e1a-6f4c1e0d2a11",
    functionArn: "arn:aws:lambda:us-east-1:000000000000:function:consumer",
    condition: "RetryAttemptsExhausted",
    approximateInvokeCount: 3,
  },
  responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
  version: "1.0",
  timestamp: "2026-11-30T01:00:00.000Z",
  KinesisBatchInfo: {
    shardId: "shardId-000000000001",
    startSequenceNumber: "49650000000000000000000000000000000000000000000000000018",
    endSequenceNumber: "49650000000000000000000000000000000000000000000000000018",
    batchSize: 1,
    streamArn: "arn:aws:kinesis:us-east-1:000000000000:stream/events",
  },
};

beforeAll(async () => {
  const { sqs } = fixture;
  dlq = await createQueue(sqs, "fail-dlq");
  source = await createQueue(sqs, "fail-source");
  await sqs.send(
    new SetQueueAttributesCommand({
      QueueUrl: source.url,
      Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 1 }) },
    }),
  );
  await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: '{"orderId": "poison"}' }));
  // The first receive counts one; the second finds the count reached and moves the message to the DLQ.
  for (let attempt = 0; attempt < 2; attempt++)
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: source.url, VisibilityTimeout: 0 }));
  await sqs.send(
    new SendMessageCommand({ QueueUrl: dlq.url, MessageBody: JSON.stringify(ON_FAILURE_RECORD) }),
  );
});

async function failures(): Promise<Snapshot["regions"][number]["failures"]> {
  const snapshot = (await (await fetch(`${fixture.emulator.url}/_eda/ui/snapshot`)).json()) as Snapshot;
  return snapshot.regions.find((r) => r.region === "us-east-1")!.failures;
}

describe("recent failures", () => {
  it("lists the DLQ with its depth, the queue that feeds it and its newest messages first", async () => {
    const [view] = await failures();
    expect(view).toMatchObject({ arn: dlq.arn, sources: [source.arn], visible: 2, inFlight: 0 });
    expect(view.newest.map((m) => m.summary)).toEqual([
      "RetryAttemptsExhausted (Unhandled): 1 records of shardId-000000000001 from 49650000000000000000000000000000000000000000000000000018",
      '{"orderId": "poison"}',
    ]);
  });

  it("changes nothing in the DLQ by looking: its messages were never received", async () => {
    await failures();
    const [view] = await failures();
    expect(view.newest.map((m) => m.receiveCount)).toEqual([0, 1]);
  });

  it("shows the DLQ's newest failure in the page's failures panel", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${fixture.emulator.url}/_eda/ui`);
      await page.waitForSelector(`#failures .failure.failing`);
      const panel = await page.$eval(
        "#failures",
        (el: { textContent: string | null }) => el.textContent ?? "",
      );
      expect(panel).toContain("depth 2 (0 in flight)");
      expect(panel).toContain("RetryAttemptsExhausted (Unhandled): 1 records of shardId-000000000001");
    } finally {
      await browser.close();
    }
  });
});
