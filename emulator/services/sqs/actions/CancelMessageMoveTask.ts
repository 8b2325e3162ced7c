import { authorizeQueueArn } from "../urls.js";
import { sqsAction } from "../action.js";
import { long, string, structure } from "../shapes.js";

export const CancelMessageMoveTask = sqsAction<{ TaskHandle: string }>({
  name: "CancelMessageMoveTask",
  input: structure({ TaskHandle: string }),
  output: structure({ ApproximateNumberOfMessagesMoved: long }),
  rules: { TaskHandle: { type: "string", required: true } },
  run(model, input, ctx) {
    authorizeQueueArn(model, model.moveTasks.sourceOf(input.TaskHandle), ctx, "CancelMessageMoveTask");
    return { ApproximateNumberOfMessagesMoved: model.moveTasks.cancel(input.TaskHandle) };
  },
});
