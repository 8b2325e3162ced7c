import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";
import { tagList } from "../tags.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  ExclusiveStartTagKey?: string;
  Limit?: number;
}

const DEFAULT_LIMIT = 50;

export const ListTagsForStream = kinesisAction<Input>(operations.ListTagsForStream, (model, input, ctx) => {
  const stream = model.find(streamRef(input, ctx));
  const start = input.ExclusiveStartTagKey;
  const tags = tagList(stream.tags).filter((tag) => start === undefined || tag.Key > start);
  const page = tags.slice(0, input.Limit ?? DEFAULT_LIMIT);
  return { Tags: page, HasMoreTags: tags.length > page.length };
});
