import { sqsAction } from "../action.js";
import { queueUrlRule } from "../rules.js";
import { emptyOutput, queueUrlInput } from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const PurgeQueue = sqsAction<{ QueueUrl?: string }>({
  name: "PurgeQueue",
  input: queueUrlInput,
  output: emptyOutput,
  rules: { QueueUrl: queueUrlRule },
  run(model, input, ctx) {
    model.purge(queueFromRequest(model, input.QueueUrl, ctx, "PurgeQueue"));
    return {};
  },
});
