import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EmulatorProcess } from "./support/emulator-process.js";
import { startEmulatorProcess } from "./support/emulator-process.js";
import { createSdkTransport } from "./support/sdk-transport.js";
import type { ReceivedMessage } from "./support/sqs-driver.js";
import { SqsDriver } from "./support/sqs-driver.js";
import { drain } from "./support/suite.js";
import { targetIsEmulator } from "./support/target.js";

const STANDARD_MESSAGES = 300;
const FIFO_GROUPS = 5;
const FIFO_MESSAGES_PER_GROUP = 40;
/** Short, so in-flight messages come back soon after the restart. */
const VISIBILITY_TIMEOUT = "2";

function countBodies(messages: ReceivedMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.Body, (counts.get(m.Body) ?? 0) + 1);
  return counts;
}

describe.runIf(targetIsEmulator)("SQS durability across kill -9", () => {
  let dataDir: string | undefined;
  let running: EmulatorProcess | undefined;
  let sqs: SqsDriver | undefined;

  afterEach(async () => {
    await sqs?.close();
    await running?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("every acknowledged message, attribute and deletion survives kill -9, with FIFO order kept per group", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "eda-crash-"));
    running = await startEmulatorProcess(dataDir);
    sqs = new SqsDriver(createSdkTransport(running.url));

    const standardUrl = await sqs.createQueue("crash-standard");
    const fifoUrl = await sqs.createQueue("crash-ordered.fifo", { FifoQueue: "true" });
    await sqs.setQueueAttributes(standardUrl, { VisibilityTimeout: VISIBILITY_TIMEOUT, DelaySeconds: "0" });
    await sqs.setQueueAttributes(fifoUrl, { VisibilityTimeout: VISIBILITY_TIMEOUT });
    await sqs.tagQueue(standardUrl, { survives: "crash" });

    // Standard: single sends, ten in flight at a time, each awaited for its acknowledgement.
    const standardBodies = Array.from({ length: STANDARD_MESSAGES }, (_, i) => `standard-${i}`);
    for (let i = 0; i < standardBodies.length; i += 10) {
      const client = sqs;
      await Promise.all(standardBodies.slice(i, i + 10).map((body) => client.sendMessage(standardUrl, body)));
    }
    // FIFO: batches interleaving the groups, sent one after another so each group's order is the send order.
    const fifoSent: Array<{ group: string; body: string }> = [];
    for (let seq = 0; seq < FIFO_MESSAGES_PER_GROUP; seq++) {
      for (let g = 0; g < FIFO_GROUPS; g++) fifoSent.push({ group: `g${g}`, body: `g${g}-${seq}` });
    }
    for (let i = 0; i < fifoSent.length; i += 10) {
      const result = await sqs.sendMessageBatch(
        fifoUrl,
        fifoSent.slice(i, i + 10).map(({ group, body }, j) => ({
          Id: `e${j}`,
          MessageBody: body,
          MessageGroupId: group,
          MessageDeduplicationId: body,
        })),
      );
      expect(result.Failed).toEqual([]);
    }

    // Some messages deleted, some left in flight at the moment of the crash.
    const standardReceived = await sqs.receiveMessage(standardUrl, {
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: 1,
    });
    expect(standardReceived.length).toBeGreaterThan(1);
    const standardDeleted = standardReceived.slice(0, Math.floor(standardReceived.length / 2));
    for (const m of standardDeleted) await sqs.deleteMessage(standardUrl, m.ReceiptHandle);

    const fifoReceived = await sqs.receiveMessage(fifoUrl, {
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: 1,
      AttributeNames: ["MessageGroupId"],
    });
    const fifoDeleted = fifoReceived.filter((m) => m.Attributes.MessageGroupId === "g0");
    expect(fifoDeleted.length).toBeGreaterThan(0);
    for (const m of fifoDeleted) await sqs.deleteMessage(fifoUrl, m.ReceiptHandle);

    await sqs.close();
    await running.crash();

    running = await startEmulatorProcess(dataDir);
    sqs = new SqsDriver(createSdkTransport(running.url));
    const standardAfter = await sqs.getQueueUrl("crash-standard");
    const fifoAfter = await sqs.getQueueUrl("crash-ordered.fifo");

    expect(await sqs.getQueueAttributes(standardAfter, ["VisibilityTimeout"])).toEqual({
      VisibilityTimeout: VISIBILITY_TIMEOUT,
    });
    expect(await sqs.getQueueAttributes(fifoAfter, ["FifoQueue", "VisibilityTimeout"])).toEqual({
      FifoQueue: "true",
      VisibilityTimeout: VISIBILITY_TIMEOUT,
    });
    expect(await sqs.listQueueTags(standardAfter)).toEqual({ survives: "crash" });

    const deletedBodies = new Set([...standardDeleted, ...fifoDeleted].map((m) => m.Body));
    const expectedStandard = standardBodies.filter((b) => !deletedBodies.has(b));
    const drainedStandard = await drain(sqs, standardAfter, expectedStandard.length);
    const standardCounts = countBodies(drainedStandard);
    expect([...standardCounts.keys()].sort()).toEqual([...expectedStandard].sort());
    expect([...standardCounts.values()].every((n) => n === 1)).toBe(true);

    const expectedFifo = fifoSent.filter(({ body }) => !deletedBodies.has(body));
    const drainedFifo = await drain(sqs, fifoAfter, expectedFifo.length);
    expect(drainedFifo.length).toBe(expectedFifo.length);
    for (let g = 0; g < FIFO_GROUPS; g++) {
      const group = `g${g}`;
      expect(drainedFifo.filter((m) => m.Attributes.MessageGroupId === group).map((m) => m.Body)).toEqual(
        expectedFifo.filter((m) => m.group === group).map((m) => m.body),
      );
    }

    // Drained to the end: nothing deleted before the crash came back, and nothing is left over.
    expect(await sqs.receiveMessage(standardAfter, { WaitTimeSeconds: 1 })).toEqual([]);
    expect(await sqs.receiveMessage(fifoAfter, { WaitTimeSeconds: 1 })).toEqual([]);
  });

  it("a message in flight at the crash stays hidden afterwards, and its receipt handle still works", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "eda-crash-"));
    running = await startEmulatorProcess(dataDir);
    sqs = new SqsDriver(createSdkTransport(running.url));
    const url = await sqs.createQueue("crash-in-flight");
    const sent = await sqs.sendMessage(url, "in flight");
    const [inFlight] = await sqs.receiveMessage(url, { WaitTimeSeconds: 1, VisibilityTimeout: 600 });
    expect(inFlight?.MessageId).toBe(sent.MessageId);

    await sqs.close();
    await running.crash();
    running = await startEmulatorProcess(dataDir);
    sqs = new SqsDriver(createSdkTransport(running.url));
    const urlAfter = await sqs.getQueueUrl("crash-in-flight");

    expect(await sqs.receiveMessage(urlAfter, { WaitTimeSeconds: 1 })).toEqual([]);
    expect(await sqs.getQueueAttributes(urlAfter, ["ApproximateNumberOfMessagesNotVisible"])).toEqual({
      ApproximateNumberOfMessagesNotVisible: "1",
    });
    await sqs.changeVisibility(urlAfter, inFlight?.ReceiptHandle ?? "", 0);
    const [again] = await sqs.receiveMessage(urlAfter, { WaitTimeSeconds: 5, AttributeNames: ["All"] });
    expect(again).toMatchObject({ MessageId: sent.MessageId, Attributes: { ApproximateReceiveCount: "2" } });
  });
});
