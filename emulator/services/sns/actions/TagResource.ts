import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { checkTagCount, tagsOf, type TagInput } from "../tags.js";
import { taggedTopic } from "./taggedTopic.js";

export const TagResource = snsAction<{ ResourceArn: string; Tags: TagInput[] }>({
  operation: operations.TagResource,
  run(service, input, ctx) {
    const topic = taggedTopic(service, ctx, input.ResourceArn);
    const next = { ...topic.tags, ...tagsOf(input.Tags) };
    checkTagCount(next);
    service.store.transaction(() => {
      topic.tags = next;
      service.model.saveTopic(topic);
    });
    return {};
  },
});
