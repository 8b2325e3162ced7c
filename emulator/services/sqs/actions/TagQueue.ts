import { sqsAction } from "../action.js";
import { checkTags, queueUrlRule, stringMapRule } from "../rules.js";
import { emptyOutput, string, structure, tagMap } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const TagQueue = sqsAction<{ QueueUrl?: string; Tags: Record<string, string> }>({
  name: "TagQueue",
  input: structure({ QueueUrl: string, Tags: tagMap }),
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule, Tags: { ...stringMapRule, required: true } },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "TagQueue");
    checkTags(input.Tags, queue.record.tags);
    model.tagQueue(queue, input.Tags);
    return {};
  },
});
