import {
  CreateTopicCommand,
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import type { SQSClient } from "@aws-sdk/client-sqs";
import { GetQueueAttributesCommand, SetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { SNS_SETUPS, type LoadResult, type SnsOperation } from "./model.js";
import { benchClientConfig, createQueue, runClosedLoop, timed, type Tally } from "./sdk-load.js";
import { MESSAGE_BODY, batchEntryIds } from "./sqs-wire.js";

/** An SNS client set up like the bench's SQS client. */
export function createSnsClient(endpoint: string, concurrency: number): SNSClient {
  return new SNSClient(benchClientConfig(endpoint, concurrency));
}

/** A topic with the row's queues subscribed (raw or envelope), ready to publish to. */
export async function subscribedTopic(
  sns: SNSClient,
  sqs: SQSClient,
  operation: SnsOperation,
  name: string,
): Promise<string> {
  const { queues, raw } = SNS_SETUPS[operation];
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
  if (TopicArn === undefined) throw new Error(`CreateTopic ${name} returned no TopicArn`);
  for (let i = 0; i < queues; i++) {
    const QueueUrl = await createQueue(sqs, `${name}-q${i}`);
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
    );
    // The policy AWS requires for SNS to deliver (without it the emulator, like AWS, delivers nothing).
    await sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl,
        Attributes: { Policy: topicMayDeliver(Attributes?.QueueArn ?? "", TopicArn) },
      }),
    );
    await sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: "sqs",
        Endpoint: Attributes?.QueueArn,
        Attributes: { RawMessageDelivery: String(raw) },
      }),
    );
  }
  return TopicArn;
}

/** The queue policy AWS requires for the topic to deliver into the queue. */
export function topicMayDeliver(queueArn: string, topicArn: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "sns.amazonaws.com" },
        Action: "sqs:SendMessage",
        Resource: queueArn,
        Condition: { ArnEquals: { "aws:SourceArn": topicArn } },
      },
    ],
  });
}

const batchEntries = batchEntryIds().map((Id) => ({ Id, Message: MESSAGE_BODY }));

function snsStep(
  operation: SnsOperation,
  client: SNSClient,
  TopicArn: string,
): (tally: Tally) => Promise<void> {
  const perMessage = SNS_SETUPS[operation].countDeliveries ? SNS_SETUPS[operation].queues : 1;
  if (operation === "sns-publish-batch") {
    return async (tally) => {
      const reply = await timed(tally, () =>
        client.send(new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries: batchEntries })),
      );
      if (reply === undefined) return;
      tally.messages += reply.Successful?.length ?? 0;
      tally.errors += reply.Failed?.length ?? 0;
    };
  }
  return async (tally) => {
    const reply = await timed(tally, () =>
      client.send(new PublishCommand({ TopicArn, Message: MESSAGE_BODY })),
    );
    if (reply !== undefined) tally.messages += perMessage;
  };
}

export function runSnsSdk(options: {
  readonly client: SNSClient;
  readonly topicArn: string;
  readonly operation: SnsOperation;
  readonly seconds: number;
  readonly concurrency: number;
}): Promise<LoadResult> {
  return runClosedLoop(snsStep(options.operation, options.client, options.topicArn), options);
}
