import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { AwsError } from "../../core/errors.js";
import { SqsKit } from "./testKit.js";

const dirs: string[] = [];
const kits: SqsKit[] = [];

afterEach(async () => {
  for (const kit of kits.splice(0)) await kit.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(durable: boolean): Promise<SqsKit> {
  let dataDir: string | undefined;
  if (durable) {
    dataDir = mkdtempSync(join(tmpdir(), "eda-sqs-reset-"));
    dirs.push(dataDir);
  }
  const kit = await SqsKit.start(new ManualClock(1_700_000_000_000), dataDir);
  kits.push(kit);
  return kit;
}

describe.each([
  ["in memory", false],
  ["with a data dir", true],
])("SQS reset %s", (_label, durable) => {
  it("leaves a receipt handle from before naming no message of a queue created again", async () => {
    const sqs = await start(durable);
    const url = await sqs.createQueue("again");
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "before" });
    const before = await sqs.call("ReceiveMessage", { QueueUrl: url });
    const [{ ReceiptHandle }] = before.Messages as { ReceiptHandle: string }[];
    await sqs.service.reset();
    await sqs.createQueue("again");
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "after" });
    const stale = await sqs
      .call("DeleteMessage", { QueueUrl: url, ReceiptHandle })
      .catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(AwsError);
    expect((stale as AwsError).code).toBe("ReceiptHandleIsInvalid");
    const after = await sqs.call("ReceiveMessage", { QueueUrl: url });
    expect((after.Messages as { Body: string }[]).map((m) => m.Body)).toEqual(["after"]);
  });

  it("counts nothing once reset", async () => {
    const sqs = await start(durable);
    const url = await sqs.createQueue("counted");
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "m" });
    expect(sqs.service.summary()).toEqual({ "000000000000": { "us-east-1": { queues: 1, messages: 1 } } });
    await sqs.service.reset();
    expect(sqs.service.summary()).toEqual({});
  });
});
