import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { subscriptionAttributes } from "../subscriptionAttributes.js";

export const GetSubscriptionAttributes = snsAction<{ SubscriptionArn: string }>({
  operation: operations.GetSubscriptionAttributes,
  run(service, input, ctx) {
    const subscription = service.model.subscription(ctx, input.SubscriptionArn);
    const topic = service.model.topicByArn(subscription.topicArn);
    return { Attributes: subscriptionAttributes(subscription, topic?.attributes.DeliveryPolicy) };
  },
});
