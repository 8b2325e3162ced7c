import { describe, expect, it } from "vitest";
import { awsDocsOnly, behaviourDrivers, expectSqsError, uniqueQueueName, useSqs } from "./support/suite.js";

const NON_EXISTENT_QUEUE = {
  code: "AWS.SimpleQueueService.NonExistentQueue",
  shape: "QueueDoesNotExist",
  status: 400,
};

describe.each(behaviourDrivers)("SQS queues via $label", (factory) => {
  const ctx = useSqs(factory);

  it("CreateQueue returns a URL ending in the account and name that GetQueueUrl resolves to", async () => {
    const name = uniqueQueueName("create");
    const url = await ctx.sqs.createQueue(name);
    expect(url).toMatch(new RegExp(`^https?://[^/]+/\\d{12}/${name}$`));
    expect(await ctx.sqs.getQueueUrl(name)).toBe(url);
  });

  it("CreateQueue is idempotent when the attributes match", async () => {
    const name = uniqueQueueName("idem");
    const first = await ctx.sqs.createQueue(name, { VisibilityTimeout: "40" });
    const second = await ctx.sqs.createQueue(name, { VisibilityTimeout: "40" });
    expect(second).toBe(first);
  });

  it("CreateQueue with different attributes for an existing name fails with QueueAlreadyExists", async () => {
    const name = uniqueQueueName("exists");
    await ctx.sqs.createQueue(name, { VisibilityTimeout: "40" });
    await expectSqsError(ctx.sqs.createQueue(name, { VisibilityTimeout: "41" }), {
      code: "QueueAlreadyExists",
      shape: "QueueNameExists",
      status: 400,
    });
  });

  it("ListQueues returns only the queues whose names start with the prefix", async () => {
    const prefix = uniqueQueueName("prefix");
    const inside = [await ctx.sqs.createQueue(`${prefix}-a`), await ctx.sqs.createQueue(`${prefix}-b`)];
    await ctx.sqs.createQueue(uniqueQueueName("outside"));
    const page = await ctx.sqs.listQueues({ prefix });
    expect(page.urls.sort()).toEqual(inside.sort());
  });

  awsDocsOnly("moto ignores MaxResults and returns every queue in one page")(
    "ListQueues pages through MaxResults-sized pages with NextToken until every queue is listed",
    async () => {
      const prefix = uniqueQueueName("page");
      const created = await Promise.all(
        ["a", "b", "c", "d", "e"].map((s) => ctx.sqs.createQueue(`${prefix}-${s}`)),
      );
      const listed: string[] = [];
      let nextToken: string | undefined;
      let pages = 0;
      do {
        const page = await ctx.sqs.listQueues({ prefix, maxResults: 2, ...(nextToken ? { nextToken } : {}) });
        expect(page.urls.length).toBeLessThanOrEqual(2);
        listed.push(...page.urls);
        nextToken = page.nextToken;
        pages += 1;
      } while (nextToken && pages < 10);
      expect(pages).toBe(3);
      expect(listed.sort()).toEqual(created.sort());
    },
  );

  it("DeleteQueue removes the queue so GetQueueUrl reports NonExistentQueue", async () => {
    const name = uniqueQueueName("delete");
    const url = await ctx.sqs.createQueue(name);
    await ctx.sqs.deleteQueue(url);
    await expectSqsError(ctx.sqs.getQueueUrl(name), NON_EXISTENT_QUEUE);
  });

  it("GetQueueUrl of a queue that never existed fails with NonExistentQueue", async () => {
    await expectSqsError(ctx.sqs.getQueueUrl(uniqueQueueName("missing")), NON_EXISTENT_QUEUE);
  });

  it("calls addressed to a non-existent queue URL fail with NonExistentQueue", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("gone"));
    await ctx.sqs.deleteQueue(url);
    await expectSqsError(ctx.sqs.sendMessage(url, "x"), NON_EXISTENT_QUEUE);
    await expectSqsError(ctx.sqs.getQueueAttributes(url), NON_EXISTENT_QUEUE);
  });

  it("GetQueueAttributes All reports documented defaults, the ARN and counters as strings", async () => {
    const name = uniqueQueueName("defaults");
    const url = await ctx.sqs.createQueue(name);
    const attributes = await ctx.sqs.getQueueAttributes(url);
    expect(attributes).toMatchObject({
      DelaySeconds: "0",
      MessageRetentionPeriod: "345600",
      ReceiveMessageWaitTimeSeconds: "0",
      VisibilityTimeout: "30",
      ApproximateNumberOfMessages: "0",
      ApproximateNumberOfMessagesNotVisible: "0",
      ApproximateNumberOfMessagesDelayed: "0",
    });
    expect(attributes.QueueArn).toMatch(new RegExp(`^arn:aws:sqs:[a-z0-9-]+:\\d{12}:${name}$`));
  });

  awsDocsOnly("moto reports fractional seconds")(
    "CreatedTimestamp and LastModifiedTimestamp are whole epoch seconds",
    async () => {
      const before = Math.floor(Date.now() / 1000);
      const url = await ctx.sqs.createQueue(uniqueQueueName("stamps"));
      const after = Math.ceil(Date.now() / 1000);
      const stamps = await ctx.sqs.getQueueAttributes(url, ["CreatedTimestamp", "LastModifiedTimestamp"]);
      for (const stamp of [stamps.CreatedTimestamp, stamps.LastModifiedTimestamp]) {
        expect(stamp).toMatch(/^\d+$/);
        expect(Number(stamp)).toBeGreaterThanOrEqual(before);
        expect(Number(stamp)).toBeLessThanOrEqual(after);
      }
    },
  );

  it("a new queue's MaximumMessageSize defaults to 1 MiB", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("maxsize"));
    expect(await ctx.sqs.getQueueAttributes(url, ["MaximumMessageSize"])).toEqual({
      MaximumMessageSize: "1048576",
    });
  });

  it("GetQueueAttributes returns exactly the attributes asked for", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("some"));
    const attributes = await ctx.sqs.getQueueAttributes(url, ["VisibilityTimeout", "DelaySeconds"]);
    expect(attributes).toEqual({ VisibilityTimeout: "30", DelaySeconds: "0" });
  });

  it("numeric attributes round-trip as the exact strings that were set", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("numeric"));
    const settable = {
      DelaySeconds: "5",
      MaximumMessageSize: "2048",
      MessageRetentionPeriod: "86400",
      ReceiveMessageWaitTimeSeconds: "2",
      VisibilityTimeout: "45",
    };
    await ctx.sqs.setQueueAttributes(url, settable);
    expect(await ctx.sqs.getQueueAttributes(url)).toMatchObject(settable);
    expect(await ctx.sqs.getQueueAttributes(url, Object.keys(settable))).toEqual(settable);
  });

  awsDocsOnly("moto re-serialises policy documents with spaces after separators")(
    "Policy and RedrivePolicy come back byte-identical to the strings that were set",
    async () => {
      const dlqUrl = await ctx.sqs.createQueue(uniqueQueueName("rt-dlq"));
      const { QueueArn: dlqArn = "" } = await ctx.sqs.getQueueAttributes(dlqUrl, ["QueueArn"]);
      const url = await ctx.sqs.createQueue(uniqueQueueName("roundtrip"));
      const { QueueArn: arn = "" } = await ctx.sqs.getQueueAttributes(url, ["QueueArn"]);
      const documents = {
        Policy: JSON.stringify({
          Version: "2012-10-17",
          Id: "roundtrip",
          Statement: [
            { Sid: "s1", Effect: "Allow", Principal: { AWS: "*" }, Action: "sqs:SendMessage", Resource: arn },
          ],
        }),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 5 }),
      };
      await ctx.sqs.setQueueAttributes(url, documents);
      expect(await ctx.sqs.getQueueAttributes(url, ["Policy", "RedrivePolicy"])).toEqual(documents);
    },
  );

  it("attributes given to CreateQueue are stored and returned as set", async () => {
    const attributes = { VisibilityTimeout: "12", DelaySeconds: "3", MessageRetentionPeriod: "600" };
    const url = await ctx.sqs.createQueue(uniqueQueueName("created-attrs"), attributes);
    expect(await ctx.sqs.getQueueAttributes(url, Object.keys(attributes))).toEqual(attributes);
  });

  it("FIFO queue attributes are reported for a .fifo queue created with FifoQueue=true", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("fifo-attrs", true), {
      FifoQueue: "true",
      ContentBasedDeduplication: "true",
    });
    expect(await ctx.sqs.getQueueAttributes(url, ["FifoQueue", "ContentBasedDeduplication"])).toEqual({
      FifoQueue: "true",
      ContentBasedDeduplication: "true",
    });
  });

  it("a new FIFO queue reports the documented FIFO defaults", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("fifo-defaults", true), { FifoQueue: "true" });
    expect(await ctx.sqs.getQueueAttributes(url)).toMatchObject({
      FifoQueue: "true",
      ContentBasedDeduplication: "false",
      DeduplicationScope: "queue",
      FifoThroughputLimit: "perQueue",
    });
  });

  it("a new queue is encrypted with SQS-managed keys by default", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("sse"));
    expect(await ctx.sqs.getQueueAttributes(url, ["SqsManagedSseEnabled"])).toEqual({
      SqsManagedSseEnabled: "true",
    });
  });

  it("tags given at creation and by TagQueue are listed, and UntagQueue removes them", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("tags"), undefined, {
      team: "events",
      env: "test",
    });
    expect(await ctx.sqs.listQueueTags(url)).toEqual({ team: "events", env: "test" });
    await ctx.sqs.tagQueue(url, { env: "prod", cost: "42" });
    expect(await ctx.sqs.listQueueTags(url)).toEqual({ team: "events", env: "prod", cost: "42" });
    await ctx.sqs.untagQueue(url, ["team", "cost"]);
    expect(await ctx.sqs.listQueueTags(url)).toEqual({ env: "prod" });
  });

  it("PurgeQueue deletes every message in the queue", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("purge"));
    await ctx.sqs.sendMessageBatch(
      url,
      ["1", "2", "3"].map((id) => ({ Id: id, MessageBody: `m${id}` })),
    );
    await ctx.sqs.purgeQueue(url);
    expect(await ctx.sqs.receiveMessage(url, { MaxNumberOfMessages: 10, WaitTimeSeconds: 1 })).toEqual([]);
    expect(await ctx.sqs.getQueueAttributes(url, ["ApproximateNumberOfMessages"])).toEqual({
      ApproximateNumberOfMessages: "0",
    });
  });
});
