import { authorizeQueueArn } from "../urls.js";
import { operations, type StartMessageMoveTaskRequest } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";

export const StartMessageMoveTask = sqsAction<StartMessageMoveTaskRequest>({
  operation: operations.StartMessageMoveTask,
  rules: {
    MaxNumberOfMessagesPerSecond: { min: 1, max: 500, reason: "Must be between 1 and 500, if provided" },
  },
  run(model, input, ctx) {
    authorizeQueueArn(model, input.SourceArn, ctx, "StartMessageMoveTask");
    return {
      TaskHandle: model.moveTasks.start(
        input.SourceArn,
        input.DestinationArn,
        input.MaxNumberOfMessagesPerSecond,
      ),
    };
  },
});
