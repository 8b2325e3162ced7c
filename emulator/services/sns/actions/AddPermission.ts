import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { addPermission, defaultTopicPolicy } from "../policy.js";

export const AddPermission = snsAction<{
  TopicArn: string;
  Label: string;
  AWSAccountId: string[];
  ActionName: string[];
}>({
  operation: operations.AddPermission,
  run(service, input, ctx) {
    const topic = service.model.topic(ctx, input.TopicArn);
    const current = topic.attributes.Policy ?? defaultTopicPolicy(topic.arn, topic.accountId);
    const policy = addPermission(current, topic.arn, input.Label, input.AWSAccountId, input.ActionName);
    service.store.transaction(() => {
      topic.attributes = { ...topic.attributes, Policy: policy };
      service.model.saveTopic(topic);
    });
    return {};
  },
});
