import { describe, expect, it } from "vitest";
import { createCliTransport, DEBIAN_AWS_CLI, PATH_AWS_CLI } from "./support/cli-transport.js";
import { md5Hex, md5OfMessageAttributes } from "./support/md5.js";
import { SqsDriver } from "./support/sqs-driver.js";
import type { DriverFactory } from "./support/suite.js";
import { expectSqsError, receiveOne, uniqueQueueName, useSqs } from "./support/suite.js";

/**
 * The AWS CLI as users run it, one process per call. Each call costs about a second of CPU, so the set of
 * behaviours is small and setup and checks go through the SDK (`ctx.peer`); the CLI makes the calls under test.
 */
const cliDrivers: DriverFactory[] = [
  {
    label: "Debian AWS CLI v2 (query protocol)",
    hasMessageMoveTasks: false,
    open: (url) => Promise.resolve(new SqsDriver(createCliTransport(DEBIAN_AWS_CLI, "aws v2", "query", url))),
  },
  {
    label: "AWS CLI v1 on PATH (JSON protocol)",
    hasMessageMoveTasks: true,
    open: (url) => Promise.resolve(new SqsDriver(createCliTransport(PATH_AWS_CLI, "aws v1", "json", url))),
  },
];

describe.each(cliDrivers)("SQS via $label", (factory) => {
  const ctx = useSqs(factory);

  it("creates a queue that get-queue-url and list-queues find", async () => {
    const name = uniqueQueueName("cli");
    const url = await ctx.sqs.createQueue(name, { VisibilityTimeout: "17" });
    expect(await ctx.sqs.getQueueUrl(name)).toBe(url);
    expect((await ctx.sqs.listQueues({ prefix: name })).urls).toEqual([url]);
    expect(await ctx.peer.getQueueAttributes(url, ["VisibilityTimeout"])).toEqual({
      VisibilityTimeout: "17",
    });
  });

  it("sends, receives and deletes a message with a message attribute and matching MD5s", async () => {
    const url = await ctx.peer.createQueue(uniqueQueueName("cli-send"));
    const attributes = { origin: { DataType: "String", StringValue: "cli ✓" } };
    const sent = await ctx.sqs.sendMessage(url, {
      MessageBody: "from the CLI ✓",
      MessageAttributes: attributes,
    });
    expect(sent.MD5OfMessageBody).toBe(md5Hex("from the CLI ✓"));
    expect(sent.MD5OfMessageAttributes).toBe(md5OfMessageAttributes(attributes));
    const received = await receiveOne(ctx.sqs, url, {
      MessageAttributeNames: ["All"],
      VisibilityTimeout: 30,
    });
    expect(received).toMatchObject({
      MessageId: sent.MessageId,
      Body: "from the CLI ✓",
      MessageAttributes: attributes,
    });
    await ctx.sqs.deleteMessage(url, received.ReceiptHandle);
    expect(
      await ctx.peer.getQueueAttributes(url, [
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
      ]),
    ).toEqual({ ApproximateNumberOfMessages: "0", ApproximateNumberOfMessagesNotVisible: "0" });
  });

  it("sends a batch and reports every entry as successful", async () => {
    const url = await ctx.peer.createQueue(uniqueQueueName("cli-batch"));
    const result = await ctx.sqs.sendMessageBatch(
      url,
      ["a", "b", "c"].map((Id) => ({ Id, MessageBody: `body ${Id}` })),
    );
    expect(result.Successful.map((s) => s.Id).sort()).toEqual(["a", "b", "c"]);
    expect(result.Failed).toEqual([]);
  });

  it("keeps FIFO order within a group", async () => {
    const url = await ctx.peer.createQueue(uniqueQueueName("cli-fifo", true), {
      FifoQueue: "true",
      ContentBasedDeduplication: "true",
    });
    await ctx.sqs.sendMessageBatch(
      url,
      ["1", "2", "3"].map((n) => ({ Id: `m${n}`, MessageBody: n, MessageGroupId: "g" })),
    );
    const received = await ctx.sqs.receiveMessage(url, { MaxNumberOfMessages: 10, WaitTimeSeconds: 5 });
    expect(received.map((m) => m.Body)).toEqual(["1", "2", "3"].slice(0, received.length));
    expect(received.length).toBeGreaterThan(0);
  });

  it("reports a non-existent queue as AWS.SimpleQueueService.NonExistentQueue with status 400", async () => {
    await expectSqsError(ctx.sqs.getQueueUrl(uniqueQueueName("cli-missing")), {
      code: "AWS.SimpleQueueService.NonExistentQueue",
      status: 400,
    });
  });
});
