import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { SqsKit } from "./testKit.js";

let dataDir: string;
let clock: ManualClock;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "sqs-restart-"));
  clock = new ManualClock();
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function restarted(previous: SqsKit): Promise<SqsKit> {
  await previous.close();
  return SqsKit.start(clock, dataDir);
}

const receive = async (sqs: SqsKit, QueueUrl: string) =>
  ((await sqs.call("ReceiveMessage", { QueueUrl, MaxNumberOfMessages: 10 })).Messages as
    { Body: string; ReceiptHandle: string }[] | undefined) ?? [];

describe("state across a restart", () => {
  it("accepts a receipt handle issued before the restart", async () => {
    let sqs = await SqsKit.start(clock, dataDir);
    const url = await sqs.createQueue("handles");
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "x" });
    const [message] = await receive(sqs, url);
    sqs = await restarted(sqs);
    await sqs.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: message.ReceiptHandle });
    clock.advance(60_000);
    expect(await receive(sqs, url)).toEqual([]);
    await sqs.close();
  });

  it("never lets a deleted message's receipt handle reach a message sent after a restart", async () => {
    let sqs = await SqsKit.start(clock, dataDir);
    const url = await sqs.createQueue("reuse");
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "old" });
    const [old] = await receive(sqs, url);
    await sqs.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: old.ReceiptHandle });
    sqs = await restarted(sqs);
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "new" });
    await sqs.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: old.ReceiptHandle });
    expect((await receive(sqs, url)).map((m) => m.Body)).toEqual(["new"]);
    await sqs.close();
  });

  it("returns a message's body and attributes as they were sent before the restart", async () => {
    let sqs = await SqsKit.start(clock, dataDir);
    const url = await sqs.createQueue("content");
    const MessageAttributes = {
      text: { DataType: "String", StringValue: "héllo" },
      blob: { DataType: "Binary", BinaryValue: "AAEC/w==" },
    };
    const sent = await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "body 🌍", MessageAttributes });
    sqs = await restarted(sqs);
    const received = await sqs.call("ReceiveMessage", { QueueUrl: url, MessageAttributeNames: ["All"] });
    expect(received.Messages).toMatchObject([
      {
        Body: "body 🌍",
        MessageAttributes,
        MD5OfMessageAttributes: sent.MD5OfMessageAttributes,
        MD5OfBody: sent.MD5OfMessageBody,
      },
    ]);
    await sqs.close();
  });

  it("keeps a delayed message hidden until its stored delay ends", async () => {
    let sqs = await SqsKit.start(clock, dataDir);
    const url = await sqs.createQueue("delays");
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "later", DelaySeconds: 30 });
    sqs = await restarted(sqs);
    expect(await receive(sqs, url)).toEqual([]);
    clock.advance(30_000);
    expect((await receive(sqs, url)).map((m) => m.Body)).toEqual(["later"]);
    await sqs.close();
  });

  it("resumes a paced message move task from its stored progress", async () => {
    let sqs = await SqsKit.start(clock, dataDir);
    const dlq = await sqs.createQueue("dlq");
    const dlqArn = (
      (await sqs.call("GetQueueAttributes", { QueueUrl: dlq, AttributeNames: ["QueueArn"] }))
        .Attributes as Record<string, string>
    ).QueueArn;
    const source = await sqs.createQueue("source", {
      VisibilityTimeout: "1",
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }),
    });
    for (const body of ["a", "b", "c"])
      await sqs.call("SendMessage", { QueueUrl: source, MessageBody: body });
    await receive(sqs, source);
    clock.advance(1_000);
    await receive(sqs, source);
    await sqs.call("StartMessageMoveTask", { SourceArn: dlqArn, MaxNumberOfMessagesPerSecond: 1 });
    clock.advance(1_000);
    expect((await sqs.call("ListMessageMoveTasks", { SourceArn: dlqArn })).Results).toMatchObject([
      { Status: "RUNNING", ApproximateNumberOfMessagesMoved: 1 },
    ]);
    sqs = await restarted(sqs);
    clock.advance(2_000);
    expect((await sqs.call("ListMessageMoveTasks", { SourceArn: dlqArn })).Results).toMatchObject([
      { Status: "COMPLETED", ApproximateNumberOfMessagesMoved: 3 },
    ]);
    expect((await receive(sqs, source)).map((m) => m.Body).sort()).toEqual(["a", "b", "c"]);
    await sqs.close();
  });

  it("keeps queue attributes, tags and the purge block", async () => {
    let sqs = await SqsKit.start(clock, dataDir);
    const url = (
      await sqs.call("CreateQueue", {
        QueueName: "meta",
        Attributes: { VisibilityTimeout: "45" },
        tags: { team: "a" },
      })
    ).QueueUrl as string;
    await sqs.call("PurgeQueue", { QueueUrl: url });
    sqs = await restarted(sqs);
    expect(
      (await sqs.call("GetQueueAttributes", { QueueUrl: url, AttributeNames: ["VisibilityTimeout"] }))
        .Attributes,
    ).toEqual({
      VisibilityTimeout: "45",
    });
    expect(await sqs.call("ListQueueTags", { QueueUrl: url })).toEqual({ Tags: { team: "a" } });
    await expect(sqs.call("PurgeQueue", { QueueUrl: url })).rejects.toMatchObject({
      code: "PurgeQueueInProgress",
    });
    await sqs.close();
  });
});
