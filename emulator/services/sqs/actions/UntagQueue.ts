import { operations, type UntagQueueRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { tagsMissing } from "../rules.js";
import { queueFromRequest } from "../urls.js";

export const UntagQueue = sqsAction<UntagQueueRequest>({
  operation: operations.UntagQueue,
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "UntagQueue");
    // An empty list reaches us over JSON (the query protocol sends nothing): AWS treats both as missing.
    if (input.TagKeys.length === 0) throw tagsMissing("TagKeys");
    model.untagQueue(queue, input.TagKeys);
    return {};
  },
});
