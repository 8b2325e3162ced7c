import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { refFromArn } from "../streamRef.js";
import { tagList } from "../tags.js";

export const ListTagsForResource = kinesisAction<{ ResourceARN: string }>(
  operations.ListTagsForResource,
  (model, input) => ({ Tags: tagList(model.find(refFromArn(input.ResourceARN)).tags) }),
);
