import { operations } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

interface Input {
  QueueUrl?: string;
  Attributes: Record<string, string>;
}

export const SetQueueAttributes = sqsAction<Input>({
  operation: operations.SetQueueAttributes,
  run(model, input, ctx) {
    model.setAttributes(queueFromRequest(model, input.QueueUrl, ctx), input.Attributes);
    return {};
  },
});
