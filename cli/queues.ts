import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import { UserError } from "./io.js";

/**
 * The URL of a queue given by URL or by name. A name the account does not have is the user's mistake, said in
 * one line.
 */
export async function queueUrl(sqs: SQSClient, nameOrUrl: string): Promise<string> {
  if (/^https?:\/\//.test(nameOrUrl)) return nameOrUrl;
  try {
    const found = await sqs.send(new GetQueueUrlCommand({ QueueName: nameOrUrl }));
    return found.QueueUrl!;
  } catch (error) {
    if (error instanceof QueueDoesNotExist)
      throw new UserError(
        `no queue named '${nameOrUrl}' here: check the name (aws sqs list-queues) or pass its URL.`,
      );
    throw error;
  }
}

export async function queueArn(sqs: SQSClient, url: string): Promise<string> {
  const described = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }),
  );
  return described.Attributes!.QueueArn!;
}
