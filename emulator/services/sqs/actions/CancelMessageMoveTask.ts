import { operations, type CancelMessageMoveTaskRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";

export const CancelMessageMoveTask = sqsAction<CancelMessageMoveTaskRequest>({
  operation: operations.CancelMessageMoveTask,
  run(model, input) {
    return { ApproximateNumberOfMessagesMoved: model.moveTasks.cancel(input.TaskHandle) };
  },
});
