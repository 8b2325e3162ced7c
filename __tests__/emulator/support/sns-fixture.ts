import { randomUUID } from "node:crypto";
import { SNSClient, SNSServiceException } from "@aws-sdk/client-sns";
import {
  CreateQueueCommand,
  SetQueueAttributesCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import type { Message } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll } from "vitest";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../../emulator/index.js";

export const REGION = "us-east-1";
export const ACCOUNT = "000000000000";

export interface SnsFixture {
  readonly emulator: RunningEmulator;
  readonly sns: SNSClient;
  readonly sqs: SQSClient;
  /** Log lines the emulator wrote. */
  readonly logs: string[];
}

/** SDK v3 clients of one emulator on a free port, started before the file's tests and stopped after. */
export function useSnsEmulator(options: EmulatorOptions = {}): SnsFixture {
  const fixture = { logs: [] as string[] } as { -readonly [K in keyof SnsFixture]: SnsFixture[K] };
  beforeAll(async () => {
    fixture.emulator = await startEmulator({ port: 0, log: (line) => fixture.logs.push(line), ...options });
    fixture.sns = snsClient(fixture.emulator.url);
    fixture.sqs = sqsClient(fixture.emulator.url);
  });
  afterAll(async () => {
    fixture.sns?.destroy();
    fixture.sqs?.destroy();
    await fixture.emulator?.stop();
  });
  return fixture;
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

export function snsClient(url: string, accessKeyId = credentials.accessKeyId, region = REGION): SNSClient {
  return new SNSClient({ endpoint: url, region, credentials: { ...credentials, accessKeyId } });
}

export function sqsClient(url: string, accessKeyId = credentials.accessKeyId): SQSClient {
  return new SQSClient({ endpoint: url, region: REGION, credentials: { ...credentials, accessKeyId } });
}

export function uniqueName(tag: string, fifo = false): string {
  return `${tag}-${randomUUID().slice(0, 8)}${fifo ? ".fifo" : ""}`;
}

/**
 * The queue policy SNS needs to deliver, as AWS requires one (and as the SDK's subscribeQueue helper writes):
 * `sqs:SendMessage` for the SNS service principal, from this account's topics in this region.
 */
export function allowTopicsPolicy(queueArn: string, topicAccount?: string): string {
  const [, , , region, queueAccount] = queueArn.split(":");
  const account = topicAccount ?? queueAccount;
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowTopics",
        Effect: "Allow",
        Principal: { Service: "sns.amazonaws.com" },
        Action: "sqs:SendMessage",
        Resource: queueArn,
        Condition: { ArnLike: { "aws:SourceArn": `arn:aws:sns:${region}:${account}:*` } },
      },
    ],
  });
}

/**
 * A new queue whose policy lets this account's topics (or `topicAccount`'s) deliver, unless `allowTopics` is
 * false: its URL and ARN.
 */
export async function createQueue(
  sqs: SQSClient,
  tag: string,
  attributes: Record<string, string> = {},
  { allowTopics = true, topicAccount }: { allowTopics?: boolean; topicAccount?: string } = {},
): Promise<{ url: string; arn: string }> {
  const fifo = attributes.FifoQueue === "true";
  const created = await sqs.send(
    new CreateQueueCommand({ QueueName: uniqueName(tag, fifo), Attributes: attributes }),
  );
  const url = created.QueueUrl ?? "";
  const described = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }),
  );
  const arn = described.Attributes?.QueueArn ?? "";
  if (allowTopics) {
    await sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: url,
        Attributes: { Policy: allowTopicsPolicy(arn, topicAccount) },
      }),
    );
  }
  return { url, arn };
}

/**
 * Receives until `count` messages arrived. Publish answers once its deliveries are in the queues; the long
 * poll only matters for deliveries made after an answer (http retries that end in a DLQ).
 */
export async function receiveAll(sqs: SQSClient, url: string, count: number): Promise<Message[]> {
  const messages: Message[] = [];
  for (let round = 0; round < count + 5 && messages.length < count; round++) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        MessageAttributeNames: ["All"],
        MessageSystemAttributeNames: ["All"],
        VisibilityTimeout: 300,
        WaitTimeSeconds: 2,
      }),
    );
    messages.push(...(received.Messages ?? []));
  }
  return messages;
}

/** The number of messages a queue holds right now. */
export async function queueDepth(sqs: SQSClient, url: string): Promise<number> {
  const described = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    }),
  );
  return (
    Number(described.Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(described.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

/** The SNS error a call was refused with; fails the test when it succeeded or failed otherwise. */
export async function snsError(promise: Promise<unknown>): Promise<SNSServiceException> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SNSServiceException)) throw new Error(`expected an SNS error, got ${String(error)}`);
  return error;
}
