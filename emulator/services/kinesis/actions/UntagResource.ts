import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { refFromArn } from "../streamRef.js";
import { removeTags } from "../tags.js";

export const UntagResource = kinesisAction<{ ResourceARN: string; TagKeys: string[] }>(
  operations.UntagResource,
  (model, input) => {
    removeTags(model, model.find(refFromArn(input.ResourceARN)), input.TagKeys);
    return {};
  },
);
