import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { topicAttributes } from "../topicAttributes.js";

export const GetTopicAttributes = snsAction<{ TopicArn: string }>({
  operation: operations.GetTopicAttributes,
  run(service, input, ctx) {
    const topic = service.model.topic(ctx, input.TopicArn);
    return { Attributes: topicAttributes(topic, service.model.subscriptionCounts(topic)) };
  },
});
