import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { authorizedTopic } from "../topicAccess.js";
import { topicAttributes } from "../topicAttributes.js";

export const GetTopicAttributes = snsAction<{ TopicArn: string }>({
  operation: operations.GetTopicAttributes,
  run(service, input, ctx) {
    const topic = authorizedTopic(service, ctx, input.TopicArn, "GetTopicAttributes");
    return { Attributes: topicAttributes(topic, service.model.subscriptionCounts(topic)) };
  },
});
