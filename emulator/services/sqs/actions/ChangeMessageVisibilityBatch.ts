import { sqsAction } from "../action.js";
import { batchReply } from "../batchReplies.js";
import {
  batchEntriesRule,
  checkBatchEntries,
  queueUrlRule,
  receiptHandleRule,
  visibilityTimeoutRule,
} from "../rules.js";
import { failedList, flatList, integer, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

type Entry = { Id: string; ReceiptHandle: string; VisibilityTimeout?: number };

export const ChangeMessageVisibilityBatch = sqsAction<{ QueueUrl?: string; Entries?: Entry[] }>({
  name: "ChangeMessageVisibilityBatch",
  input: structure({
    QueueUrl: string,
    Entries: flatList(
      "ChangeMessageVisibilityBatchRequestEntry",
      structure({ Id: string, ReceiptHandle: string, VisibilityTimeout: integer }),
    ),
  }),
  output: structure({
    Successful: flatList("ChangeMessageVisibilityBatchResultEntry", structure({ Id: string })),
    Failed: failedList,
  }),
  rules: {
    QueueUrl: queueUrlRule,
    Entries: batchEntriesRule({ ReceiptHandle: receiptHandleRule, VisibilityTimeout: visibilityTimeoutRule }),
  },
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
});
