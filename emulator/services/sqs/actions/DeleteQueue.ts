import { operations, type DeleteQueueRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const DeleteQueue = sqsAction<DeleteQueueRequest>({
  operation: operations.DeleteQueue,
  run(model, input, ctx) {
    model.deleteQueue(queueFromRequest(model, input.QueueUrl, ctx, "DeleteQueue"));
    return {};
  },
});
