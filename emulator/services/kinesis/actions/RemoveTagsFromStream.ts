import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";
import { removeTags } from "../tags.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  TagKeys: string[];
}

export const RemoveTagsFromStream = kinesisAction<Input>(
  operations.RemoveTagsFromStream,
  (model, input, ctx) => {
    removeTags(model, model.find(streamRef(input, ctx)), input.TagKeys);
    return {};
  },
);
