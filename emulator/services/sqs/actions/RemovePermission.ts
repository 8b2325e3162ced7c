import { operations, type RemovePermissionRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { removePermission } from "../permissions.js";
import { queueFromRequest } from "../urls.js";

export const RemovePermission = sqsAction<RemovePermissionRequest>({
  operation: operations.RemovePermission,
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "RemovePermission");
    model.setAttributes(queue, { Policy: removePermission(queue.record.attributes.Policy, input.Label) });
    return {};
  },
});
