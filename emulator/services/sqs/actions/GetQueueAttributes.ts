import { sqsAction } from "../action.js";
import { queueUrlRule, stringListRule } from "../rules.js";
import { flatList, queueAttributeMap, string, structure } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

interface Input {
  QueueUrl?: string;
  AttributeNames?: string[];
}

export const GetQueueAttributes = sqsAction<Input>({
  name: "GetQueueAttributes",
  input: structure({ QueueUrl: string, AttributeNames: flatList("AttributeName") }),
  output: structure({ Attributes: queueAttributeMap }),
  rules: { QueueUrl: queueUrlRule, AttributeNames: stringListRule },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "GetQueueAttributes");
    const names = input.AttributeNames ?? [];
    if (names.length === 0) return {};
    const attributes = model.getAttributes(queue, names);
    return Object.keys(attributes).length > 0 ? { Attributes: attributes } : {};
  },
});
