import { operations, type ChangeMessageVisibilityBatchRequest } from "../../../generated/sqs.js";
import { batchOf, checkBatchEntries, visibilityTimeoutLimit } from "../rules.js";
import { sqsAction, type Lifted } from "../action.js";
import { batchReply } from "../batchReplies.js";
import { queueFromRequest } from "../urls.js";

export const ChangeMessageVisibilityBatch = sqsAction<Lifted<ChangeMessageVisibilityBatchRequest, "Entries">>(
  {
    operation: operations.ChangeMessageVisibilityBatch,
    rules: { Entries: batchOf({ VisibilityTimeout: visibilityTimeoutLimit }) },
    run(model, input, ctx) {
      const queue = queueFromRequest(model, input.QueueUrl, ctx, "ChangeMessageVisibilityBatch");
      const entries = input.Entries ?? [];
      checkBatchEntries(entries, "ChangeMessageVisibilityBatchRequestEntry");
      const outcomes = model.changeVisibility(
        queue,
        entries.map((e) => ({ handle: e.ReceiptHandle, timeoutSeconds: e.VisibilityTimeout ?? 0 })),
      );
      return batchReply(
        entries.map((e) => e.Id),
        outcomes,
      );
    },
  },
);
