import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { tagList } from "../tags.js";
import { taggedTopic } from "./taggedTopic.js";

export const ListTagsForResource = snsAction<{ ResourceArn: string }>({
  operation: operations.ListTagsForResource,
  run(service, input, ctx) {
    return { Tags: tagList(taggedTopic(service, ctx, input.ResourceArn).tags) };
  },
});
