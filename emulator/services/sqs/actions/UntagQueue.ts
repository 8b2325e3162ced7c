import { sqsAction } from "../action.js";
import { queueUrlRule, stringListRule, tagsMissing } from "../rules.js";
import { emptyOutput, flatList, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const UntagQueue = sqsAction<{ QueueUrl?: string; TagKeys: string[] }>({
  name: "UntagQueue",
  input: structure({ QueueUrl: string, TagKeys: flatList("TagKey") }),
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule, TagKeys: { ...stringListRule, required: true } },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "UntagQueue");
    // An empty list reaches us over JSON (the query protocol sends nothing): AWS treats both as missing.
    if (input.TagKeys.length === 0) throw tagsMissing("TagKeys");
    model.untagQueue(queue, input.TagKeys);
    return {};
  },
});
