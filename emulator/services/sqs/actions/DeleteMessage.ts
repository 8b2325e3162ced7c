import { operations, type DeleteMessageRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { throwIfFailed } from "../batchReplies.js";
import { queueFromRequest } from "../urls.js";

export const DeleteMessage = sqsAction<DeleteMessageRequest>({
  operation: operations.DeleteMessage,
  run(model, input, ctx) {
    throwIfFailed(
      model.deleteMessages(queueFromRequest(model, input.QueueUrl, ctx, "DeleteMessage"), [
        input.ReceiptHandle,
      ]),
    );
    return {};
  },
});
