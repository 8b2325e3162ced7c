import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { refFromArn } from "../streamRef.js";
import { addTags } from "../tags.js";

export const TagResource = kinesisAction<{ ResourceARN: string; Tags: Record<string, string> }>(
  operations.TagResource,
  (model, input) => {
    addTags(model, model.find(refFromArn(input.ResourceARN)), input.Tags);
    return {};
  },
);
