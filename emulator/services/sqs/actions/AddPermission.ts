import { operations, type AddPermissionRequest } from "../../../generated/sqs.js";
import { sqsAction, type Lifted } from "../action.js";
import { addPermission } from "../permissions.js";
import { checkedWhenSent } from "../rules.js";
import { queueFromRequest } from "../urls.js";

export const AddPermission = sqsAction<Lifted<AddPermissionRequest, "AWSAccountIds" | "Actions">>({
  operation: operations.AddPermission,
  // AWSAccountIds and Actions are required by the model, but AWS answers their absence in its own words.
  rules: { AWSAccountIds: checkedWhenSent, Actions: checkedWhenSent },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "AddPermission");
    const policy = addPermission(
      queue.record.attributes.Policy,
      queue.arn,
      queue.arn.split(":")[1] ?? "aws",
      {
        label: input.Label,
        accountIds: input.AWSAccountIds,
        actions: input.Actions,
      },
    );
    model.setAttributes(queue, { Policy: policy });
    return {};
  },
});
