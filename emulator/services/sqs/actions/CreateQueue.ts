import { operations, type CreateQueueRequest } from "../../../generated/sqs.js";
import { checkTags } from "../rules.js";
import { sqsAction } from "../action.js";
import { queueUrl } from "../urls.js";

export const CreateQueue = sqsAction<CreateQueueRequest>({
  operation: operations.CreateQueue,
  run(model, input, ctx) {
    checkTags(input.tags ?? {}, input.QueueName);
    const queue = model.createQueue(ctx, input.QueueName, input.Attributes ?? {}, input.tags ?? {});
    return { QueueUrl: queueUrl(ctx, queue) };
  },
});
