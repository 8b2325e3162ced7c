import { operations, type SetQueueAttributesRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const SetQueueAttributes = sqsAction<SetQueueAttributesRequest>({
  operation: operations.SetQueueAttributes,
  run(model, input, ctx) {
    model.setAttributes(queueFromRequest(model, input.QueueUrl, ctx, "SetQueueAttributes"), input.Attributes);
    return {};
  },
});
