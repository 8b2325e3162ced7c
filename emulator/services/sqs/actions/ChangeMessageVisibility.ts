import { operations, type ChangeMessageVisibilityRequest } from "../../../generated/sqs.js";
import { visibilityTimeoutLimit } from "../rules.js";
import { sqsAction } from "../action.js";
import { throwIfFailed } from "../batchReplies.js";
import { queueFromRequest } from "../urls.js";

export const ChangeMessageVisibility = sqsAction<ChangeMessageVisibilityRequest>({
  operation: operations.ChangeMessageVisibility,
  rules: { VisibilityTimeout: visibilityTimeoutLimit },
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
