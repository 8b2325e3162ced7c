import { sqsAction } from "../action.js";
import { checkTags, stringMapRule } from "../rules.js";
import { queueAttributeMap, string, structure, tagMap } from "../shapes.js";
import { queueUrl } from "../urls.js";

interface Input {
  QueueName: string;
  Attributes?: Record<string, string>;
  tags?: Record<string, string>;
}

export const CreateQueue = sqsAction<Input>({
  name: "CreateQueue",
  input: structure({ QueueName: string, Attributes: queueAttributeMap, tags: tagMap }),
  output: structure({ QueueUrl: string }),
  rules: { QueueName: { type: "string", required: true }, Attributes: stringMapRule, tags: stringMapRule },
  run(model, input, ctx) {
    checkTags(input.tags ?? {}, input.QueueName);
    const queue = model.createQueue(ctx, input.QueueName, input.Attributes ?? {}, input.tags ?? {});
    return { QueueUrl: queueUrl(ctx, queue) };
  },
});
