import { operations, type ListQueueTagsRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const ListQueueTags = sqsAction<ListQueueTagsRequest>({
  operation: operations.ListQueueTags,
  run(model, input, ctx) {
    const tags = queueFromRequest(model, input.QueueUrl, ctx, "ListQueueTags").record.tags;
    return Object.keys(tags).length > 0 ? { Tags: { ...tags } } : {};
  },
});
