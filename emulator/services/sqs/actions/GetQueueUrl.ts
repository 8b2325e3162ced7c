import { authorizeCall } from "../access.js";
import { sqsAction } from "../action.js";
import { string, structure } from "../shapes.js";
import { queueUrl } from "../urls.js";

interface Input {
  QueueName: string;
  QueueOwnerAWSAccountId?: string;
}

export const GetQueueUrl = sqsAction<Input>({
  name: "GetQueueUrl",
  input: structure({ QueueName: string, QueueOwnerAWSAccountId: string }),
  output: structure({ QueueUrl: string }),
  rules: { QueueName: { type: "string", required: true }, QueueOwnerAWSAccountId: { type: "string" } },
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
