import { sqsAction } from "../action.js";
import { batchReply } from "../batchReplies.js";
import { batchEntriesRule, checkBatchEntries, queueUrlRule, receiptHandleRule } from "../rules.js";
import { failedList, flatList, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

type Entry = { Id: string; ReceiptHandle: string };

export const DeleteMessageBatch = sqsAction<{ QueueUrl?: string; Entries?: Entry[] }>({
  name: "DeleteMessageBatch",
  input: structure({
    QueueUrl: string,
    Entries: flatList("DeleteMessageBatchRequestEntry", structure({ Id: string, ReceiptHandle: string })),
  }),
  output: structure({
    Successful: flatList("DeleteMessageBatchResultEntry", structure({ Id: string })),
    Failed: failedList,
  }),
  rules: { QueueUrl: queueUrlRule, Entries: batchEntriesRule({ ReceiptHandle: receiptHandleRule }) },
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
