import { sqsAction } from "../action.js";
import { checkTags, queueUrlRule, stringMapRule, tagsMissing } from "../rules.js";
import { emptyOutput, string, structure, tagMap } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const TagQueue = sqsAction<{ QueueUrl?: string; Tags: Record<string, string> }>({
  name: "TagQueue",
  input: structure({ QueueUrl: string, Tags: tagMap }),
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule, Tags: { ...stringMapRule, required: true } },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "TagQueue");
    // An empty map reaches us over JSON (the query protocol sends nothing): AWS treats both as missing.
    if (Object.keys(input.Tags).length === 0) throw tagsMissing("Tags");
    checkTags(input.Tags, queue.record.name, queue.record.tags);
    model.tagQueue(queue, input.Tags);
    return {};
  },
});
