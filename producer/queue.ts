import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import { outcomesById, type SendBatch } from "./delivery.js";
import { isRetryableEntryError } from "./retry.js";

/** SendMessageBatch's limits: ten messages, 256 KiB in all. */
export const SEND_MESSAGE_BATCH_LIMITS = { maxEntries: 10, maxBytes: 256 * 1024 } as const;

export interface QueueReceipt {
  readonly messageId: string;
}

export function queueEntrySize(entry: SendMessageBatchRequestEntry): number {
  return Buffer.byteLength(entry.MessageBody ?? "");
}

/** One SendMessageBatch call, its `Successful` and `Failed` lists matched back to the entries by Id. */
export function sendMessageBatch(
  client: SQSClient,
  queueUrl: string,
): SendBatch<SendMessageBatchRequestEntry, QueueReceipt> {
  return async (entries) => {
    const reply = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: entries.map((entry, i) => ({ ...entry, Id: String(i) })),
      }),
    );
    return outcomesById(
      entries.length,
      reply,
      (ok) => ({ messageId: ok.MessageId ?? "" }),
      isRetryableEntryError,
    );
  };
}
