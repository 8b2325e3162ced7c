import { operations } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueUrl } from "../urls.js";

interface Input {
  QueueName: string;
  QueueOwnerAWSAccountId?: string;
}

export const GetQueueUrl = sqsAction<Input>({
  operation: operations.GetQueueUrl,
  run(model, input, ctx) {
    const queue = model.getQueue(
      { accountId: input.QueueOwnerAWSAccountId ?? ctx.accountId, region: ctx.region },
      input.QueueName,
    );
    return { QueueUrl: queueUrl(ctx, queue) };
  },
});
