import { operations, type GetQueueUrlRequest } from "../../../generated/sqs.js";
import { authorizeCall } from "../access.js";
import { sqsAction } from "../action.js";
import { queueUrl } from "../urls.js";

export const GetQueueUrl = sqsAction<GetQueueUrlRequest>({
  operation: operations.GetQueueUrl,
  run(model, input, ctx) {
    const queue = model.getQueue(
      { accountId: input.QueueOwnerAWSAccountId ?? ctx.accountId, region: ctx.region },
      input.QueueName,
    );
    // Another account's queue answers only when its policy lets the caller in.
    authorizeCall(queue, "GetQueueUrl", ctx, model.clock.now());
    return { QueueUrl: queueUrl(ctx, queue) };
  },
});
