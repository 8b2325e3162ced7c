import { CreateTopicCommand, PublishCommand, SubscribeCommand } from "@aws-sdk/client-sns";
import { describe, expect, it } from "vitest";
import type { MetricDatum } from "../../emulator/index.js";
import type {
  ServicePrincipalCall,
  SqsDeliveryResult,
  SqsInterface,
  SqsMessageToDeliver,
  SqsReadFailure,
} from "../../emulator/core/interfaces.js";
import { uniqueName, useSnsEmulator } from "./support/sns-fixture.js";

const DENYING_QUEUE = "arn:aws:sqs:us-east-1:000000000000:locked-queue";
const DLQ = "arn:aws:sqs:us-east-1:000000000000:sns-dlq";

/**
 * SQS as SNS sees it through the core's interface, standing in for queue-policy evaluation: one queue's policy
 * denies the topic, every other queue accepts. It records each call, so the test sees what SNS asked for.
 */
class PolicyQueues implements SqsInterface {
  readonly calls: { queueArn: string; message: SqsMessageToDeliver; caller: ServicePrincipalCall }[] = [];

  deliver(queueArn: string, message: SqsMessageToDeliver, caller: ServicePrincipalCall): SqsDeliveryResult {
    this.calls.push({ queueArn, message, caller });
    if (queueArn === DENYING_QUEUE) {
      return {
        delivered: false,
        reason: "AccessDenied",
        detail: `queue ${queueArn}: statement "DenyAll" denies sqs:SendMessage to sns.amazonaws.com`,
      };
    }
    return { delivered: true, messageId: `m-${this.calls.length}` };
  }

  queueDepths(): readonly MetricDatum[] {
    return [];
  }

  queueExists(): boolean {
    return true;
  }

  // SNS only sends: this SQS has no queue anyone reads.
  queueSettings = noSuchQueue;
  receive = noSuchQueue;
  deleteMessages = noSuchQueue;
  changeVisibility = noSuchQueue;
  watch(): () => void {
    return () => {};
  }

  peek(): undefined {
    return undefined;
  }
}

function noSuchQueue(queueArn: string): SqsReadFailure {
  return { ok: false, reason: "QueueDoesNotExist", detail: `The queue ${queueArn} does not exist.` };
}

describe("SNS deliveries SQS refuses", () => {
  const queues = new PolicyQueues();
  const ctx = useSnsEmulator({ doubles: { sqs: queues } });

  it("a delivery the queue policy denies is logged, counted as failed and dead-lettered", async () => {
    const datapoints: MetricDatum[] = [];
    const stop = ctx.emulator.onMetric((datum) => datapoints.push(datum));
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("denied") }));
    await ctx.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "sqs",
        Endpoint: DENYING_QUEUE,
        Attributes: {
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: DLQ }),
          RawMessageDelivery: "true",
        },
      }),
    );
    const published = await ctx.sns.send(new PublishCommand({ TopicArn, Message: "refused" }));
    stop();

    expect(queues.calls.map((call) => call.queueArn)).toEqual([DENYING_QUEUE, DLQ]);
    expect(queues.calls[0].caller).toEqual({
      servicePrincipal: "sns.amazonaws.com",
      sourceArn: TopicArn,
      sourceAccount: "000000000000",
    });
    const dead = queues.calls[1].message;
    expect(dead.body).toBe("refused");
    expect(dead.attributes?.ErrorCode).toEqual({ DataType: "String", StringValue: "AccessDenied" });
    expect(dead.attributes?.ErrorMessage?.StringValue).toContain("DenyAll");
    expect(
      ctx.logs.some(
        (line) => line.includes(DENYING_QUEUE) && line.includes(TopicArn ?? "") && line.includes("DenyAll"),
      ),
    ).toBe(true);
    const failed = datapoints.find(
      (datum) =>
        datum.name === "NumberOfNotificationsFailed" &&
        datum.dimensions.TopicName === TopicArn?.split(":").pop(),
    );
    expect(failed).toMatchObject({ namespace: "AWS/SNS", unit: "Count", value: 1 });
    expect(published.MessageId).toBeDefined();
  });
});
