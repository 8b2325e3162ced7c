import {
  operations,
  type SendMessageBatchRequest,
  type SendMessageBatchRequestEntry,
} from "../../../generated/sqs.js";
import { batchOf, checkBatchEntries, checkedWhenSent, sendMessageRules } from "../rules.js";
import { compact, sqsAction, type Lifted } from "../action.js";
import { toBatchEntryError, SqsErrors, type BatchEntryError } from "../errors.js";
import { md5OfSystemAttributes } from "../md5.js";
import { messageSize, requireFifoIds, toSendRequest } from "../messages.js";
import type { SendRequest } from "../model.js";
import { MAX_MESSAGE_SIZE_LIMIT } from "../attributes.js";
import { queueFromRequest } from "../urls.js";

export const SendMessageBatch = sqsAction<
  Omit<SendMessageBatchRequest, "Entries"> & {
    Entries?: Lifted<SendMessageBatchRequestEntry, "MessageBody">[];
  }
>({
  operation: operations.SendMessageBatch,
  rules: { Entries: batchOf({ MessageBody: checkedWhenSent, ...sendMessageRules }) },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "SendMessageBatch");
    const entries = input.Entries ?? [];
    checkBatchEntries(entries, "SendMessageBatchRequestEntry");
    if (queue.record.fifo) for (const entry of entries) requireFifoIds(queue, entry);
    const totalSize = entries.reduce((sum, entry) => sum + messageSize(entry), 0);
    if (totalSize > MAX_MESSAGE_SIZE_LIMIT) {
      throw SqsErrors.batchRequestTooLong(
        `Batch requests cannot be longer than ${MAX_MESSAGE_SIZE_LIMIT} bytes. You have sent ${totalSize} bytes.`,
      );
    }
    const failed: BatchEntryError[] = [];
    const accepted: { id: string; request: SendRequest }[] = [];
    for (const entry of entries) {
      try {
        accepted.push({ id: entry.Id, request: toSendRequest(queue, entry).request });
      } catch (error) {
        failed.push(toBatchEntryError(entry.Id, error));
      }
    }
    const results = model.send(
      queue,
      accepted.map((a) => a.request),
      ctx.accessKeyId ?? ctx.accountId,
    );
    const successful = results.map((result, i) =>
      compact({
        Id: accepted[i].id,
        MessageId: result.messageId,
        MD5OfMessageBody: result.md5OfBody,
        MD5OfMessageAttributes: result.md5OfAttributes,
        MD5OfMessageSystemAttributes: md5OfSystemAttributes(accepted[i].request.traceHeader),
        SequenceNumber: result.sequenceNumber,
      }),
    );
    return { Successful: successful, Failed: failed };
  },
});
