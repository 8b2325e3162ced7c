import { sqsAction } from "../action.js";
import { throwIfFailed } from "../batchReplies.js";
import { queueUrlRule, receiptHandleRule, visibilityTimeoutRule } from "../rules.js";
import { emptyOutput, integer, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

interface Input {
  QueueUrl?: string;
  ReceiptHandle: string;
  VisibilityTimeout: number;
}

export const ChangeMessageVisibility = sqsAction<Input>({
  name: "ChangeMessageVisibility",
  input: structure({ QueueUrl: string, ReceiptHandle: string, VisibilityTimeout: integer }),
  output: emptyOutput,
  rules: {
    QueueUrl: queueUrlRule,
    ReceiptHandle: receiptHandleRule,
    VisibilityTimeout: { ...visibilityTimeoutRule, required: true },
  },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "ChangeMessageVisibility");
    throwIfFailed(
      model.changeVisibility(queue, [
        { handle: input.ReceiptHandle, timeoutSeconds: input.VisibilityTimeout },
      ]),
    );
    return {};
  },
});
