import { authorizeQueueArn } from "../urls.js";
import { operations, type ListMessageMoveTasksRequest } from "../../../generated/sqs.js";
import { compact, sqsAction } from "../action.js";

export const ListMessageMoveTasks = sqsAction<ListMessageMoveTasksRequest>({
  operation: operations.ListMessageMoveTasks,
  rules: { MaxResults: { min: 1, max: 10, reason: "Must be between 1 and 10, if provided" } },
  run(model, input, ctx) {
    authorizeQueueArn(model, input.SourceArn, ctx, "ListMessageMoveTasks");
    model.moveTasks.advance();
    const tasks = model.moveTasks.list(input.SourceArn, input.MaxResults ?? 1);
    return {
      Results: tasks.map((task) =>
        compact({
          // AWS hands out the handle only while the task can still be cancelled.
          TaskHandle: task.status === "RUNNING" ? task.handle : undefined,
          Status: task.status,
          SourceArn: task.sourceArn,
          DestinationArn: task.destinationArn,
          MaxNumberOfMessagesPerSecond: task.maxPerSecond,
          ApproximateNumberOfMessagesMoved: task.moved,
          ApproximateNumberOfMessagesToMove: task.toMove,
          FailureReason: task.failureReason,
          StartedTimestamp: task.startedAt,
        }),
      ),
    };
  },
});
