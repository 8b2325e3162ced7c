import type { Json, JsonObject, SqsTransport, WireProtocol } from "./transport.js";

/** A message attribute as the suite writes and reads it; binary values as bytes. */
export interface MessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
}
export type MessageAttributes = Record<string, MessageAttribute>;

export interface OutgoingMessage {
  MessageBody: string;
  DelaySeconds?: number;
  MessageAttributes?: MessageAttributes;
  MessageSystemAttributes?: MessageAttributes;
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
}

export interface SendResult {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  SequenceNumber?: string;
}

export interface BatchSuccess extends SendResult {
  Id: string;
}
export interface BatchFailure {
  Id: string;
  Code: string;
  SenderFault: boolean;
  Message?: string;
}
export interface BatchResult<S> {
  Successful: S[];
  Failed: BatchFailure[];
}

export interface ReceivedMessage {
  MessageId: string;
  ReceiptHandle: string;
  Body: string;
  MD5OfBody: string;
  MD5OfMessageAttributes?: string;
  Attributes: Record<string, string>;
  MessageAttributes: MessageAttributes;
}

export interface ReceiveOptions {
  MaxNumberOfMessages?: number;
  VisibilityTimeout?: number;
  WaitTimeSeconds?: number;
  /** System attributes to return (`All`, `SentTimestamp`, ...). */
  AttributeNames?: string[];
  MessageAttributeNames?: string[];
  ReceiveRequestAttemptId?: string;
}

export interface Page {
  urls: string[];
  nextToken?: string;
}

export interface MoveTask {
  TaskHandle?: string;
  Status: string;
  SourceArn: string;
  DestinationArn?: string;
  ApproximateNumberOfMessagesMoved?: number;
  ApproximateNumberOfMessagesToMove?: number;
}

function encodeAttributes(attributes: MessageAttributes | undefined): JsonObject | undefined {
  if (!attributes) return undefined;
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(attributes)) {
    const encoded: JsonObject = { DataType: value.DataType };
    if (value.StringValue !== undefined) encoded.StringValue = value.StringValue;
    if (value.BinaryValue !== undefined)
      encoded.BinaryValue = Buffer.from(value.BinaryValue).toString("base64");
    out[name] = encoded;
  }
  return out;
}

function decodeAttributes(raw: Json | undefined): MessageAttributes {
  const out: MessageAttributes = {};
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return out;
  for (const [name, value] of Object.entries(raw)) {
    const fields = value as { DataType: string; StringValue?: string; BinaryValue?: string };
    const decoded: MessageAttribute = { DataType: fields.DataType };
    if (fields.StringValue !== undefined) decoded.StringValue = fields.StringValue;
    if (fields.BinaryValue !== undefined) decoded.BinaryValue = Buffer.from(fields.BinaryValue, "base64");
    out[name] = decoded;
  }
  return out;
}

/** Drops undefined members so every client sees the same input, then narrows to JSON. */
function compact(input: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(input)) if (value !== undefined) out[key] = value as Json;
  return out;
}

function encodeMessage(message: OutgoingMessage): JsonObject {
  return compact({
    ...message,
    MessageAttributes: encodeAttributes(message.MessageAttributes),
    MessageSystemAttributes: encodeAttributes(message.MessageSystemAttributes),
  });
}

function toPage(output: JsonObject, listKey: string): Page {
  const urls = (output[listKey] as string[] | undefined) ?? [];
  const nextToken = output.NextToken as string | undefined;
  return nextToken ? { urls, nextToken } : { urls };
}

/**
 * The client-agnostic face of SQS the behaviour suite is written against. Every method is one SQS call through
 * the transport's real client; replies come back as plain objects with absent lists and maps made empty, and
 * errors as `SqsCallError { code, status }`.
 */
export class SqsDriver {
  constructor(private readonly transport: SqsTransport) {}

  get label(): string {
    return this.transport.label;
  }

  get protocol(): WireProtocol {
    return this.transport.protocol;
  }

  close(): Promise<void> {
    return this.transport.close();
  }

  async createQueue(name: string, attributes?: Record<string, string>, tags?: Record<string, string>) {
    const output = await this.transport.call(
      "CreateQueue",
      compact({ QueueName: name, Attributes: attributes, tags }),
    );
    return output.QueueUrl as string;
  }

  async getQueueUrl(name: string, ownerAccountId?: string): Promise<string> {
    const output = await this.transport.call(
      "GetQueueUrl",
      compact({ QueueName: name, QueueOwnerAWSAccountId: ownerAccountId }),
    );
    return output.QueueUrl as string;
  }

  async listQueues(
    options: { prefix?: string; maxResults?: number; nextToken?: string } = {},
  ): Promise<Page> {
    const output = await this.transport.call(
      "ListQueues",
      compact({
        QueueNamePrefix: options.prefix,
        MaxResults: options.maxResults,
        NextToken: options.nextToken,
      }),
    );
    return toPage(output, "QueueUrls");
  }

  async deleteQueue(url: string): Promise<void> {
    await this.transport.call("DeleteQueue", { QueueUrl: url });
  }

  async getQueueAttributes(url: string, names: string[] = ["All"]): Promise<Record<string, string>> {
    const output = await this.transport.call("GetQueueAttributes", { QueueUrl: url, AttributeNames: names });
    return (output.Attributes as Record<string, string> | undefined) ?? {};
  }

  async setQueueAttributes(url: string, attributes: Record<string, string>): Promise<void> {
    await this.transport.call("SetQueueAttributes", { QueueUrl: url, Attributes: attributes });
  }

  async sendMessage(url: string, message: OutgoingMessage | string): Promise<SendResult> {
    const fields = typeof message === "string" ? { MessageBody: message } : message;
    const output = await this.transport.call("SendMessage", { QueueUrl: url, ...encodeMessage(fields) });
    return output as unknown as SendResult;
  }

  async sendMessageBatch(
    url: string,
    entries: Array<OutgoingMessage & { Id: string }>,
  ): Promise<BatchResult<BatchSuccess>> {
    const output = await this.transport.call("SendMessageBatch", {
      QueueUrl: url,
      Entries: entries.map((entry) => encodeMessage(entry)),
    });
    return {
      Successful: (output.Successful as unknown as BatchSuccess[] | undefined) ?? [],
      Failed: (output.Failed as unknown as BatchFailure[] | undefined) ?? [],
    };
  }

  async receiveMessage(url: string, options: ReceiveOptions = {}): Promise<ReceivedMessage[]> {
    const output = await this.transport.call("ReceiveMessage", compact({ QueueUrl: url, ...options }));
    const messages = (output.Messages as JsonObject[] | undefined) ?? [];
    return messages.map((raw) => ({
      ...(raw as unknown as ReceivedMessage),
      Attributes: (raw.Attributes as Record<string, string> | undefined) ?? {},
      MessageAttributes: decodeAttributes(raw.MessageAttributes),
    }));
  }

  async deleteMessage(url: string, receiptHandle: string): Promise<void> {
    await this.transport.call("DeleteMessage", { QueueUrl: url, ReceiptHandle: receiptHandle });
  }

  async deleteMessageBatch(
    url: string,
    entries: Array<{ Id: string; ReceiptHandle: string }>,
  ): Promise<BatchResult<{ Id: string }>> {
    const output = await this.transport.call("DeleteMessageBatch", { QueueUrl: url, Entries: entries });
    return {
      Successful: (output.Successful as unknown as Array<{ Id: string }> | undefined) ?? [],
      Failed: (output.Failed as unknown as BatchFailure[] | undefined) ?? [],
    };
  }

  async changeVisibility(url: string, receiptHandle: string, visibilityTimeout: number): Promise<void> {
    await this.transport.call("ChangeMessageVisibility", {
      QueueUrl: url,
      ReceiptHandle: receiptHandle,
      VisibilityTimeout: visibilityTimeout,
    });
  }

  async changeVisibilityBatch(
    url: string,
    entries: Array<{ Id: string; ReceiptHandle: string; VisibilityTimeout: number }>,
  ): Promise<BatchResult<{ Id: string }>> {
    const output = await this.transport.call("ChangeMessageVisibilityBatch", {
      QueueUrl: url,
      Entries: entries,
    });
    return {
      Successful: (output.Successful as unknown as Array<{ Id: string }> | undefined) ?? [],
      Failed: (output.Failed as unknown as BatchFailure[] | undefined) ?? [],
    };
  }

  async purgeQueue(url: string): Promise<void> {
    await this.transport.call("PurgeQueue", { QueueUrl: url });
  }

  async tagQueue(url: string, tags: Record<string, string>): Promise<void> {
    await this.transport.call("TagQueue", { QueueUrl: url, Tags: tags });
  }

  async untagQueue(url: string, keys: string[]): Promise<void> {
    await this.transport.call("UntagQueue", { QueueUrl: url, TagKeys: keys });
  }

  async listQueueTags(url: string): Promise<Record<string, string>> {
    const output = await this.transport.call("ListQueueTags", { QueueUrl: url });
    return (output.Tags as Record<string, string> | undefined) ?? {};
  }

  async listDeadLetterSourceQueues(
    url: string,
    options: { maxResults?: number; nextToken?: string } = {},
  ): Promise<Page> {
    const output = await this.transport.call(
      "ListDeadLetterSourceQueues",
      compact({ QueueUrl: url, MaxResults: options.maxResults, NextToken: options.nextToken }),
    );
    return toPage(output, "queueUrls");
  }

  async addPermission(url: string, label: string, accountIds: string[], actions: string[]): Promise<void> {
    await this.transport.call("AddPermission", {
      QueueUrl: url,
      Label: label,
      AWSAccountIds: accountIds,
      Actions: actions,
    });
  }

  async removePermission(url: string, label: string): Promise<void> {
    await this.transport.call("RemovePermission", { QueueUrl: url, Label: label });
  }

  async startMessageMoveTask(sourceArn: string, destinationArn?: string): Promise<string> {
    const output = await this.transport.call(
      "StartMessageMoveTask",
      compact({ SourceArn: sourceArn, DestinationArn: destinationArn }),
    );
    return output.TaskHandle as string;
  }

  async listMessageMoveTasks(sourceArn: string): Promise<MoveTask[]> {
    const output = await this.transport.call("ListMessageMoveTasks", { SourceArn: sourceArn });
    return (output.Results as unknown as MoveTask[] | undefined) ?? [];
  }

  async cancelMessageMoveTask(taskHandle: string): Promise<void> {
    await this.transport.call("CancelMessageMoveTask", { TaskHandle: taskHandle });
  }
}
