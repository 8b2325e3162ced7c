import {
  GetQueueAttributesCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type Message,
} from "@aws-sdk/client-sqs";
import { afterEach, describe, expect, it } from "vitest";
import { createQueue, queueDepth, useSnsEmulator } from "../../__tests__/emulator/support/sns-fixture.js";
import { SqsWorker } from "./worker.js";

const fixture = useSnsEmulator();
let worker: SqsWorker | undefined;

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

async function send(url: string, count: number): Promise<void> {
  for (let start = 0; start < count; start += 10) {
    const size = Math.min(10, count - start);
    await fixture.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: Array.from({ length: size }, (_, i) => ({ Id: String(i), MessageBody: `m${start + i}` })),
      }),
    );
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = setInterval(() => {
      if (condition()) {
        clearInterval(check);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(check);
        reject(new Error("condition not met in time"));
      }
    }, 20);
  });
}

describe("SQS worker example", () => {
  it("processes every message once, at most `concurrency` at a time, and deletes them", async () => {
    const { url } = await createQueue(fixture.sqs, "worker-all");
    await send(url, 40);
    const seen: string[] = [];
    let running = 0;
    let peak = 0;
    worker = new SqsWorker({
      sqs: fixture.sqs,
      queueUrl: url,
      concurrency: 4,
      waitTimeSeconds: 1,
      handler: async (message) => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(message.Body!);
        running--;
      },
    });
    await worker.start();
    await until(() => seen.length === 40);
    await worker.stop();
    expect(new Set(seen).size).toBe(40);
    expect(peak).toBeLessThanOrEqual(4);
    expect(await queueDepth(fixture.sqs, url)).toBe(0);
  });

  it("keeps a slow message hidden past its visibility timeout while the handler works", async () => {
    const { url } = await createQueue(fixture.sqs, "worker-slow");
    await fixture.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "slow" }));
    const receives: string[] = [];
    worker = new SqsWorker({
      sqs: fixture.sqs,
      queueUrl: url,
      concurrency: 2,
      waitTimeSeconds: 1,
      visibilityTimeoutSeconds: 1,
      handler: async (message: Message) => {
        receives.push(message.Attributes?.ApproximateReceiveCount ?? "?");
        await new Promise((resolve) => setTimeout(resolve, 2_500));
      },
    });
    await worker.start();
    await until(() => receives.length === 1);
    await sleep(3_000);
    await worker.stop();
    expect(receives).toEqual(["1"]);
    expect(await queueDepth(fixture.sqs, url)).toBe(0);
  });

  it("leaves a failed message to the queue's redrive policy, which dead-letters it", async () => {
    const dlq = await createQueue(fixture.sqs, "worker-dlq");
    const { url } = await createQueue(fixture.sqs, "worker-failing", {
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }),
    });
    await fixture.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "poison" }));
    const failures: unknown[] = [];
    worker = new SqsWorker({
      sqs: fixture.sqs,
      queueUrl: url,
      waitTimeSeconds: 1,
      retryDelaySeconds: 0,
      handler: () => Promise.reject(new Error("cannot process")),
      onError: (error) => failures.push(error),
    });
    await worker.start();
    await until(() => failures.length === 2);
    // The second failure made the message visible at once; its third receive moves it to the DLQ.
    await sleep(1_500);
    await worker.stop();
    const { Attributes } = await fixture.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: dlq.url, AttributeNames: ["ApproximateNumberOfMessages"] }),
    );
    expect(Attributes?.ApproximateNumberOfMessages).toBe("1");
    expect(await queueDepth(fixture.sqs, url)).toBe(0);
  });

  it("stops gracefully: the message in progress finishes and is deleted", async () => {
    const { url } = await createQueue(fixture.sqs, "worker-stop");
    await fixture.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "in progress" }));
    let finished = false;
    let started = false;
    worker = new SqsWorker({
      sqs: fixture.sqs,
      queueUrl: url,
      waitTimeSeconds: 20,
      handler: async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 500));
        finished = true;
      },
    });
    await worker.start();
    await until(() => started);
    await worker.stop();
    worker = undefined;
    expect(finished).toBe(true);
    expect(await queueDepth(fixture.sqs, url)).toBe(0);
  });
});
