import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { authorizedTopic } from "../topicAccess.js";
import { defaultTopicPolicy, removePermission } from "../policy.js";

export const RemovePermission = snsAction<{ TopicArn: string; Label: string }>({
  operation: operations.RemovePermission,
  run(service, input, ctx) {
    const topic = authorizedTopic(service, ctx, input.TopicArn, "RemovePermission");
    const current = topic.attributes.Policy ?? defaultTopicPolicy(topic.arn, topic.accountId);
    const policy = removePermission(current, input.Label);
    service.store.transaction(() => {
      topic.attributes = { ...topic.attributes, Policy: policy };
      service.model.saveTopic(topic);
    });
    return {};
  },
});
