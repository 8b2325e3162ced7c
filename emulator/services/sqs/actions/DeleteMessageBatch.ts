import { operations, type DeleteMessageBatchRequest } from "../../../generated/sqs.js";
import { batchOf, checkBatchEntries } from "../rules.js";
import { sqsAction, type Lifted } from "../action.js";
import { batchReply } from "../batchReplies.js";
import { queueFromRequest } from "../urls.js";

export const DeleteMessageBatch = sqsAction<Lifted<DeleteMessageBatchRequest, "Entries">>({
  operation: operations.DeleteMessageBatch,
  rules: { Entries: batchOf() },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "DeleteMessageBatch");
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
