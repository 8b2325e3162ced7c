import { operations, type GetQueueUrlRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueUrl } from "../urls.js";

export const GetQueueUrl = sqsAction<GetQueueUrlRequest>({
  operation: operations.GetQueueUrl,
  run(model, input, ctx) {
    const queue = model.getQueue(
      { accountId: input.QueueOwnerAWSAccountId ?? ctx.accountId, region: ctx.region },
      input.QueueName,
    );
    return { QueueUrl: queueUrl(ctx, queue) };
  },
});
