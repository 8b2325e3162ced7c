import { operations } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";

export const CancelMessageMoveTask = sqsAction<{ TaskHandle: string }>({
  operation: operations.CancelMessageMoveTask,
  run(model, input) {
    return { ApproximateNumberOfMessagesMoved: model.moveTasks.cancel(input.TaskHandle) };
  },
});
