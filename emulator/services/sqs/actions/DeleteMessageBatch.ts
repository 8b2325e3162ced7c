import { operations } from "../../../generated/sqs.js";
import { batchOf, checkBatchEntries } from "../rules.js";
import { sqsAction } from "../action.js";
import { batchReply } from "../batchReplies.js";
import { queueFromRequest } from "../urls.js";

type Entry = { Id: string; ReceiptHandle: string };

export const DeleteMessageBatch = sqsAction<{ QueueUrl?: string; Entries?: Entry[] }>({
  operation: operations.DeleteMessageBatch,
  rules: { Entries: batchOf() },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx);
    const entries = input.Entries ?? [];
    checkBatchEntries(entries, "DeleteMessageBatchRequestEntry");
    const outcomes = model.deleteMessages(
      queue,
      entries.map((e) => e.ReceiptHandle),
    );
    return batchReply(
      entries.map((e) => e.Id),
      outcomes,
    );
  },
});
