import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { authorizedTopic } from "../topicAccess.js";
import { addPermission, defaultTopicPolicy } from "../policy.js";

export const AddPermission = snsAction<{
  TopicArn: string;
  Label: string;
  AWSAccountId: string[];
  ActionName: string[];
}>({
  operation: operations.AddPermission,
  run(service, input, ctx) {
    const topic = authorizedTopic(service, ctx, input.TopicArn, "AddPermission");
    const current = topic.attributes.Policy ?? defaultTopicPolicy(topic.arn, topic.accountId);
    const policy = addPermission(current, topic.arn, input.Label, input.AWSAccountId, input.ActionName);
    service.store.transaction(() => {
      topic.attributes = { ...topic.attributes, Policy: policy };
      service.model.saveTopic(topic);
    });
    return {};
  },
});
