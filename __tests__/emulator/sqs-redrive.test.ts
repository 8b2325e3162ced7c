import { describe, expect, it, vi } from "vitest";
import type { SqsDriver } from "./support/sqs-driver.js";
import {
  awsDocsOnly,
  behaviourDrivers,
  expectSqsError,
  receiveOne,
  receiveUntilDeadLettered,
  uniqueQueueName,
  useSqs,
} from "./support/suite.js";

interface RedriveSetup {
  sourceUrl: string;
  sourceArn: string;
  dlqUrl: string;
  dlqArn: string;
}

async function queueArn(sqs: SqsDriver, url: string): Promise<string> {
  const { QueueArn } = await sqs.getQueueAttributes(url, ["QueueArn"]);
  if (!QueueArn) throw new Error(`no QueueArn for ${url}`);
  return QueueArn;
}

async function withDeadLetterQueue(sqs: SqsDriver, maxReceiveCount: number): Promise<RedriveSetup> {
  const dlqUrl = await sqs.createQueue(uniqueQueueName("dlq"));
  const dlqArn = await queueArn(sqs, dlqUrl);
  const sourceUrl = await sqs.createQueue(uniqueQueueName("source"), {
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }),
  });
  return { sourceUrl, sourceArn: await queueArn(sqs, sourceUrl), dlqUrl, dlqArn };
}

describe.concurrent.each(behaviourDrivers)("SQS dead-letter queues via $label", (factory) => {
  const ctx = useSqs(factory);

  it("a message received more than maxReceiveCount times moves to the DLQ", async () => {
    const { sourceUrl, dlqUrl } = await withDeadLetterQueue(ctx.sqs, 2);
    const sent = await ctx.sqs.sendMessage(sourceUrl, "poison");
    expect(await receiveUntilDeadLettered(ctx.sqs, sourceUrl, 5)).toBe(2);
    const dead = await receiveOne(ctx.sqs, dlqUrl);
    expect(dead).toMatchObject({ MessageId: sent.MessageId, Body: "poison" });
  });

  awsDocsOnly("moto does not set DeadLetterQueueSourceArn on dead-lettered messages")(
    "a dead-lettered message carries the source queue's ARN as DeadLetterQueueSourceArn",
    async () => {
      const { sourceUrl, sourceArn, dlqUrl } = await withDeadLetterQueue(ctx.sqs, 1);
      await ctx.sqs.sendMessage(sourceUrl, "poison");
      await receiveUntilDeadLettered(ctx.sqs, sourceUrl, 5);
      const dead = await receiveOne(ctx.sqs, dlqUrl, { AttributeNames: ["All"] });
      expect(dead.Attributes.DeadLetterQueueSourceArn).toBe(sourceArn);
    },
  );

  it("ListDeadLetterSourceQueues lists exactly the queues whose RedrivePolicy targets the DLQ", async () => {
    const { sourceUrl, dlqUrl, dlqArn } = await withDeadLetterQueue(ctx.sqs, 3);
    const secondSource = await ctx.sqs.createQueue(uniqueQueueName("source-2"), {
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 4 }),
    });
    await ctx.sqs.createQueue(uniqueQueueName("unrelated"));
    const page = await ctx.sqs.listDeadLetterSourceQueues(dlqUrl);
    expect(page.urls.sort()).toEqual([sourceUrl, secondSource].sort());
  });

  awsDocsOnly("moto ignores RedriveAllowPolicy")(
    "a RedrivePolicy naming a DLQ whose RedriveAllowPolicy is denyAll is rejected",
    async () => {
      const dlqUrl = await ctx.sqs.createQueue(uniqueQueueName("closed-dlq"), {
        RedriveAllowPolicy: JSON.stringify({ redrivePermission: "denyAll" }),
      });
      const dlqArn = await queueArn(ctx.sqs, dlqUrl);
      await expectSqsError(
        ctx.sqs.createQueue(uniqueQueueName("refused"), {
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }),
        }),
        { code: "InvalidParameterValue", status: 400 },
      );
    },
  );

  awsDocsOnly("moto ignores RedriveAllowPolicy")(
    "a byQueue RedriveAllowPolicy admits the listed source queue only",
    async () => {
      const allowedUrl = await ctx.sqs.createQueue(uniqueQueueName("allowed"));
      const allowedArn = await queueArn(ctx.sqs, allowedUrl);
      const dlqUrl = await ctx.sqs.createQueue(uniqueQueueName("by-queue-dlq"), {
        RedriveAllowPolicy: JSON.stringify({ redrivePermission: "byQueue", sourceQueueArns: [allowedArn] }),
      });
      const redrivePolicy = JSON.stringify({
        deadLetterTargetArn: await queueArn(ctx.sqs, dlqUrl),
        maxReceiveCount: 1,
      });
      await ctx.sqs.setQueueAttributes(allowedUrl, { RedrivePolicy: redrivePolicy });
      const otherUrl = await ctx.sqs.createQueue(uniqueQueueName("not-allowed"));
      await expectSqsError(ctx.sqs.setQueueAttributes(otherUrl, { RedrivePolicy: redrivePolicy }), {
        code: "InvalidParameterValue",
        status: 400,
      });
    },
  );
});

// Query clients old enough to speak the query protocol predate these actions; the raw-request tests cover them.
describe.concurrent.each(behaviourDrivers.filter((d) => d.hasMessageMoveTasks))(
  "SQS message move tasks via $label",
  (factory) => {
    const ctx = useSqs(factory);

    awsDocsOnly("moto does not implement message move tasks")(
      "StartMessageMoveTask moves dead letters back to their source queue and reports the task as completed",
      async () => {
        const { sourceUrl, dlqUrl, dlqArn } = await withDeadLetterQueue(ctx.sqs, 1);
        await ctx.sqs.sendMessage(sourceUrl, "retry me");
        await receiveUntilDeadLettered(ctx.sqs, sourceUrl, 5);
        await vi.waitFor(
          async () => {
            const counts = await ctx.sqs.getQueueAttributes(dlqUrl, ["ApproximateNumberOfMessages"]);
            if (counts.ApproximateNumberOfMessages !== "1") throw new Error("not dead-lettered yet");
          },
          { timeout: 15_000, interval: 100 },
        );

        const handle = await ctx.sqs.startMessageMoveTask(dlqArn);
        expect(handle).toMatch(/\S/);
        expect((await receiveOne(ctx.sqs, sourceUrl)).Body).toBe("retry me");
        await vi.waitFor(
          async () => {
            const [task] = await ctx.sqs.listMessageMoveTasks(dlqArn);
            expect(task).toMatchObject({
              Status: "COMPLETED",
              SourceArn: dlqArn,
              ApproximateNumberOfMessagesMoved: 1,
            });
          },
          { timeout: 15_000, interval: 100 },
        );
        expect(await ctx.sqs.receiveMessage(dlqUrl, { WaitTimeSeconds: 1 })).toEqual([]);
      },
    );

    awsDocsOnly("moto does not implement message move tasks")(
      "StartMessageMoveTask with a DestinationArn moves dead letters to that queue",
      async () => {
        const { sourceUrl, dlqUrl, dlqArn } = await withDeadLetterQueue(ctx.sqs, 1);
        const elsewhereUrl = await ctx.sqs.createQueue(uniqueQueueName("elsewhere"));
        await ctx.sqs.sendMessage(sourceUrl, "redirect me");
        await receiveUntilDeadLettered(ctx.sqs, sourceUrl, 5);
        await receiveOne(ctx.sqs, dlqUrl, { VisibilityTimeout: 0 });
        await ctx.sqs.startMessageMoveTask(dlqArn, await queueArn(ctx.sqs, elsewhereUrl));
        expect((await receiveOne(ctx.sqs, elsewhereUrl)).Body).toBe("redirect me");
      },
    );

    awsDocsOnly("moto does not implement message move tasks")(
      "StartMessageMoveTask for a queue that does not exist fails with ResourceNotFoundException",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("vanished-dlq"));
        const arn = await queueArn(ctx.sqs, url);
        await ctx.sqs.deleteQueue(url);
        await expectSqsError(ctx.sqs.startMessageMoveTask(arn), {
          code: "ResourceNotFoundException",
          shape: "ResourceNotFoundException",
          status: 404,
        });
      },
    );
  },
);
