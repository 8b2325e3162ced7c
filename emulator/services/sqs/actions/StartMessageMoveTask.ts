import { operations } from "../../../generated/sqs.js";
import { sqsAction } from "../action.js";

interface Input {
  SourceArn: string;
  DestinationArn?: string;
  MaxNumberOfMessagesPerSecond?: number;
}

export const StartMessageMoveTask = sqsAction<Input>({
  operation: operations.StartMessageMoveTask,
  rules: {
    MaxNumberOfMessagesPerSecond: { min: 1, max: 500, reason: "Must be between 1 and 500, if provided" },
  },
  run(model, input) {
    return {
      TaskHandle: model.moveTasks.start(
        input.SourceArn,
        input.DestinationArn,
        input.MaxNumberOfMessagesPerSecond,
      ),
    };
  },
});
