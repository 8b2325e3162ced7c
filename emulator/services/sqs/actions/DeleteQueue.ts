import { operations } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const DeleteQueue = sqsAction<{ QueueUrl?: string }>({
  operation: operations.DeleteQueue,
  run(model, input, ctx) {
    model.deleteQueue(queueFromRequest(model, input.QueueUrl, ctx));
    return {};
  },
});
