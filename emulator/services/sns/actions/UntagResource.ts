import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { taggedTopic } from "./taggedTopic.js";

export const UntagResource = snsAction<{ ResourceArn: string; TagKeys: string[] }>({
  operation: operations.UntagResource,
  run(service, input, ctx) {
    const topic = taggedTopic(service, ctx, input.ResourceArn);
    const next = { ...topic.tags };
    for (const key of input.TagKeys) delete next[key];
    service.store.transaction(() => {
      topic.tags = next;
      service.model.saveTopic(topic);
    });
    return {};
  },
});
