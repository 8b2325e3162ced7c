import { operations } from "../../../generated/sqs.js";
import { visibilityTimeoutLimit } from "../rules.js";
import { sqsAction } from "../action.js";
import { throwIfFailed } from "../batchReplies.js";
import { queueFromRequest } from "../urls.js";

interface Input {
  QueueUrl?: string;
  ReceiptHandle: string;
  VisibilityTimeout: number;
}

export const ChangeMessageVisibility = sqsAction<Input>({
  operation: operations.ChangeMessageVisibility,
  rules: { VisibilityTimeout: visibilityTimeoutLimit },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx);
    throwIfFailed(
      model.changeVisibility(queue, [
        { handle: input.ReceiptHandle, timeoutSeconds: input.VisibilityTimeout },
      ]),
    );
    return {};
  },
});
