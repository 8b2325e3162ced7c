import { sqsAction } from "../action.js";
import { queueUrlRule } from "../rules.js";
import { emptyOutput, queueUrlInput } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const DeleteQueue = sqsAction<{ QueueUrl?: string }>({
  name: "DeleteQueue",
  input: queueUrlInput,
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule },
  run(model, input, ctx) {
    model.deleteQueue(queueFromRequest(model, input.QueueUrl, ctx, "DeleteQueue"));
    return {};
  },
});
