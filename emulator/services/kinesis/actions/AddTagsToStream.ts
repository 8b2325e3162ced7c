import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";
import { addTags } from "../tags.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  Tags: Record<string, string>;
}

export const AddTagsToStream = kinesisAction<Input>(operations.AddTagsToStream, (model, input, ctx) => {
  addTags(model, model.find(streamRef(input, ctx)), input.Tags);
  return {};
});
