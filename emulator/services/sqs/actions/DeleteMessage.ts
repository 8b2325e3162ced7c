import { sqsAction } from "../action.js";
import { throwIfFailed } from "../batchReplies.js";
import { queueUrlRule, receiptHandleRule } from "../rules.js";
import { emptyOutput, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const DeleteMessage = sqsAction<{ QueueUrl?: string; ReceiptHandle: string }>({
  name: "DeleteMessage",
  input: structure({ QueueUrl: string, ReceiptHandle: string }),
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule, ReceiptHandle: receiptHandleRule },
  run(model, input, ctx) {
    throwIfFailed(
      model.deleteMessages(queueFromRequest(model, input.QueueUrl, ctx, "DeleteMessage"), [
        input.ReceiptHandle,
      ]),
    );
    return {};
  },
});
