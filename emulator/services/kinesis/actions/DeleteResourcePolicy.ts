import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { refFromArn } from "../streamRef.js";

export const DeleteResourcePolicy = kinesisAction<{ ResourceARN: string }>(
  operations.DeleteResourcePolicy,
  (model, input) => {
    const stream = model.find(refFromArn(input.ResourceARN));
    if (stream.resourcePolicy === undefined)
      throw KinesisErrors.resourceNotFound(
        `Stream ${stream.name} under account ${stream.accountId} has no resource policy.`,
      );
    model.update(
      stream,
      () => {
        stream.resourcePolicy = undefined;
      },
      false,
    );
    return {};
  },
);
