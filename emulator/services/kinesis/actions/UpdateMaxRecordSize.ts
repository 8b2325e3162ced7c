import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { refFromArn } from "../streamRef.js";

interface Input {
  StreamARN?: string;
  MaxRecordSizeInKiB: number;
}

/** The 2025 large-records setting: records (data plus partition key) up to 10,240 KiB once raised. */
export const UpdateMaxRecordSize = kinesisAction<Input>(operations.UpdateMaxRecordSize, (model, input) => {
  if (input.StreamARN === undefined)
    throw KinesisErrors.invalidArgument("StreamARN is required: give the ARN of the stream to change.");
  const stream = model.findActive(refFromArn(input.StreamARN));
  model.update(stream, () => {
    stream.maxRecordSizeKiB = input.MaxRecordSizeInKiB;
  });
  return {};
});
