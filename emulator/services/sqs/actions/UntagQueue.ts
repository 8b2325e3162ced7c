import { sqsAction } from "../action.js";
import { queueUrlRule, stringListRule } from "../rules.js";
import { emptyOutput, flatList, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const UntagQueue = sqsAction<{ QueueUrl?: string; TagKeys: string[] }>({
  name: "UntagQueue",
  input: structure({ QueueUrl: string, TagKeys: flatList("TagKey") }),
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule, TagKeys: { ...stringListRule, required: true } },
  run(model, input, ctx) {
    model.untagQueue(queueFromRequest(model, input.QueueUrl, ctx, "UntagQueue"), input.TagKeys);
    return {};
  },
});
