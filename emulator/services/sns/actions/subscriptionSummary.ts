import type { Subscription } from "../model.js";

/** A subscription as the List calls show it: pending ones carry `PendingConfirmation` for their ARN. */
export function subscriptionSummary(subscription: Subscription): Record<string, string> {
  return {
    SubscriptionArn: subscription.confirmed ? subscription.arn : "PendingConfirmation",
    Owner: subscription.owner,
    Protocol: subscription.protocol,
    Endpoint: subscription.endpoint,
    TopicArn: subscription.topicArn,
  };
}
