import { operations } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { removePermission } from "../permissions.js";
import { queueUrlRule } from "../rules.js";
import { queueFromRequest } from "../urls.js";

export const RemovePermission = sqsAction<{ QueueUrl?: string; Label: string }>({
  name: "RemovePermission",
  input: operations.RemovePermission.input,
  output: operations.RemovePermission.output,
  rules: { QueueUrl: queueUrlRule, Label: { type: "string", required: true } },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "RemovePermission");
    model.setAttributes(queue, { Policy: removePermission(queue.record.attributes.Policy, input.Label) });
    return {};
  },
});
