import { authorizeQueueArn } from "../urls.js";
import { compact, sqsAction } from "../action.js";
import { flatList, integer, long, string, structure } from "../shapes.js";

export const ListMessageMoveTasks = sqsAction<{ SourceArn: string; MaxResults?: number }>({
  name: "ListMessageMoveTasks",
  input: structure({ SourceArn: string, MaxResults: integer }),
  output: structure({
    Results: flatList(
      "ListMessageMoveTasksResultEntry",
      structure({
        TaskHandle: string,
        Status: string,
        SourceArn: string,
        DestinationArn: string,
        MaxNumberOfMessagesPerSecond: integer,
        ApproximateNumberOfMessagesMoved: long,
        ApproximateNumberOfMessagesToMove: long,
        FailureReason: string,
        StartedTimestamp: long,
      }),
    ),
  }),
  rules: {
    SourceArn: { type: "string", required: true },
    MaxResults: { type: "integer", min: 1, max: 10, reason: "Must be between 1 and 10, if provided" },
  },
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
