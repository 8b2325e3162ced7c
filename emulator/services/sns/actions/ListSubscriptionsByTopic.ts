import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { page } from "../pagination.js";
import { authorizedTopic } from "../topicAccess.js";
import { subscriptionSummary } from "./subscriptionSummary.js";

export const ListSubscriptionsByTopic = snsAction<{ TopicArn: string; NextToken?: string }>({
  operation: operations.ListSubscriptionsByTopic,
  run(service, input, ctx) {
    const topic = authorizedTopic(service, ctx, input.TopicArn, "ListSubscriptionsByTopic");
    const subscriptions = service.model.liveSubscriptions(topic).map((live) => live.subscription);
    const found = page(subscriptions, (item) => item.arn, input.NextToken);
    return { Subscriptions: found.items.map(subscriptionSummary), NextToken: found.nextToken };
  },
});
