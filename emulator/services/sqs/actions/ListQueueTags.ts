import { sqsAction } from "../action.js";
import { queueUrlRule } from "../rules.js";
import { queueUrlInput, structure, tagMap } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const ListQueueTags = sqsAction<{ QueueUrl?: string }>({
  name: "ListQueueTags",
  input: queueUrlInput,
  output: structure({ Tags: tagMap }),
  rules: { QueueUrl: queueUrlRule },
  run(model, input, ctx) {
    const tags = queueFromRequest(model, input.QueueUrl, ctx, "ListQueueTags").record.tags;
    return Object.keys(tags).length > 0 ? { Tags: { ...tags } } : {};
  },
});
