import { operations } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";
import { addPermission } from "../permissions.js";
import { queueUrlRule, stringListRule } from "../rules.js";
import { queueFromRequest } from "../urls.js";

interface Input {
  QueueUrl?: string;
  Label: string;
  AWSAccountIds?: string[];
  Actions?: string[];
}

export const AddPermission = sqsAction<Input>({
  name: "AddPermission",
  input: operations.AddPermission.input,
  output: operations.AddPermission.output,
  // AWSAccountIds and Actions are required by the model, but AWS answers their absence in its own words.
  rules: {
    QueueUrl: queueUrlRule,
    Label: { type: "string", required: true },
    AWSAccountIds: stringListRule,
    Actions: stringListRule,
  },
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
