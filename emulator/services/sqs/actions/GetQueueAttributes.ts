import { operations, type GetQueueAttributesRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { queueFromRequest } from "../urls.js";

export const GetQueueAttributes = sqsAction<GetQueueAttributesRequest>({
  operation: operations.GetQueueAttributes,
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "GetQueueAttributes");
    const names = input.AttributeNames ?? [];
    if (names.length === 0) return {};
    const attributes = model.getAttributes(queue, names);
    return Object.keys(attributes).length > 0 ? { Attributes: attributes } : {};
  },
});
