import { authorizeQueueArn } from "../urls.js";
import { sqsAction } from "../action.js";
import { integer, string, structure } from "../shapes.js";

interface Input {
  SourceArn: string;
  DestinationArn?: string;
  MaxNumberOfMessagesPerSecond?: number;
}

export const StartMessageMoveTask = sqsAction<Input>({
  name: "StartMessageMoveTask",
  input: structure({ SourceArn: string, DestinationArn: string, MaxNumberOfMessagesPerSecond: integer }),
  output: structure({ TaskHandle: string }),
  rules: {
    SourceArn: { type: "string", required: true },
    DestinationArn: { type: "string" },
    MaxNumberOfMessagesPerSecond: {
      type: "integer",
      min: 1,
      max: 500,
      reason: "Must be between 1 and 500, if provided",
    },
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
