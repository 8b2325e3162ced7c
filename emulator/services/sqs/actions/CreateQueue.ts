import { operations } from "../../../generated/sqs.js";
import { checkTags } from "../rules.js";
import { sqsAction } from "../action.js";
import { queueUrl } from "../urls.js";

interface Input {
  QueueName: string;
  Attributes?: Record<string, string>;
  tags?: Record<string, string>;
}

export const CreateQueue = sqsAction<Input>({
  operation: operations.CreateQueue,
  run(model, input, ctx) {
    checkTags(input.tags ?? {});
    const queue = model.createQueue(ctx, input.QueueName, input.Attributes ?? {}, input.tags ?? {});
    return { QueueUrl: queueUrl(ctx, queue) };
  },
});
