import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { refFromArn } from "../streamRef.js";

/** A stream without a policy answers `{"Policy": "{}"}`, as AWS does. */
export const GetResourcePolicy = kinesisAction<{ ResourceARN: string }>(
  operations.GetResourcePolicy,
  (model, input) => ({
    Policy: model.find(refFromArn(input.ResourceARN)).resourcePolicy ?? "{}",
  }),
);
