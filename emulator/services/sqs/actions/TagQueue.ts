import { operations, type TagQueueRequest } from "../../../generated/sqs.js";
import { checkTags, tagsMissing } from "../rules.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const TagQueue = sqsAction<TagQueueRequest>({
  operation: operations.TagQueue,
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "TagQueue");
    // An empty map reaches us over JSON (the query protocol sends nothing): AWS treats both as missing.
    if (Object.keys(input.Tags).length === 0) throw tagsMissing("Tags");
    checkTags(input.Tags, queue.record.name, queue.record.tags);
    model.tagQueue(queue, input.Tags);
    return {};
  },
});
