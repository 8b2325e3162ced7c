import { operations, type UntagQueueRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const UntagQueue = sqsAction<UntagQueueRequest>({
  operation: operations.UntagQueue,
  run(model, input, ctx) {
    model.untagQueue(queueFromRequest(model, input.QueueUrl, ctx), input.TagKeys);
    return {};
  },
});
