import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { checkRetentionBounds } from "../retention.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  RetentionPeriodHours: number;
}

export const DecreaseStreamRetentionPeriod = kinesisAction<Input>(
  operations.DecreaseStreamRetentionPeriod,
  (model, input, ctx) => {
    const stream = model.findActive(streamRef(input, ctx));
    const hours = input.RetentionPeriodHours;
    checkRetentionBounds(hours);
    if (hours > stream.retentionHours)
      throw KinesisErrors.invalidArgument(
        `Requested retention period (${hours} hours) for stream ${stream.name} can not be longer than existing retention period (${stream.retentionHours} hours). Use IncreaseRetentionPeriod API.`,
      );
    model.update(stream, () => {
      stream.retentionHours = hours;
    });
    return {};
  },
);
