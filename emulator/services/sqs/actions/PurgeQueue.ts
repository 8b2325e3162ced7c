import { operations, type PurgeQueueRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const PurgeQueue = sqsAction<PurgeQueueRequest>({
  operation: operations.PurgeQueue,
  run(model, input, ctx) {
    model.purge(queueFromRequest(model, input.QueueUrl, ctx, "PurgeQueue"));
    return {};
  },
});
