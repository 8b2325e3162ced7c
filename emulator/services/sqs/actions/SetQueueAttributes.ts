import { sqsAction } from "../action.js";
import { queueUrlRule, stringMapRule } from "../rules.js";
import { emptyOutput, queueAttributeMap, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

interface Input {
  QueueUrl?: string;
  Attributes: Record<string, string>;
}

export const SetQueueAttributes = sqsAction<Input>({
  name: "SetQueueAttributes",
  input: structure({ QueueUrl: string, Attributes: queueAttributeMap }),
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule, Attributes: { ...stringMapRule, required: true } },
  run(model, input, ctx) {
    model.setAttributes(queueFromRequest(model, input.QueueUrl, ctx, "SetQueueAttributes"), input.Attributes);
    return {};
  },
});
