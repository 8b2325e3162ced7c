import { operations, type TagQueueRequest } from "../../../generated/sqs.js";
import { checkTags } from "../rules.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const TagQueue = sqsAction<TagQueueRequest>({
  operation: operations.TagQueue,
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx);
    checkTags(input.Tags, queue.record.tags);
    model.tagQueue(queue, input.Tags);
    return {};
  },
});
