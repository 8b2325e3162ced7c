import { authorizeQueueArn } from "../urls.js";
import { operations, type CancelMessageMoveTaskRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";

export const CancelMessageMoveTask = sqsAction<CancelMessageMoveTaskRequest>({
  operation: operations.CancelMessageMoveTask,
  run(model, input, ctx) {
    authorizeQueueArn(model, model.moveTasks.sourceOf(input.TaskHandle), ctx, "CancelMessageMoveTask");
    return { ApproximateNumberOfMessagesMoved: model.moveTasks.cancel(input.TaskHandle) };
  },
});
