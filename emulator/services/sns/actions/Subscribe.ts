import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { checkEndpoint, confirmedAtOnce } from "../endpoints.js";
import { invalidParameter } from "../errors.js";
import { checkSubscriptionAttributes } from "../subscriptionAttributes.js";
import { authorizedTopic } from "../topicAccess.js";

const PENDING = "pending confirmation";

export const Subscribe = snsAction<{
  TopicArn: string;
  Protocol: string;
  Endpoint?: string;
  Attributes?: Record<string, string>;
  ReturnSubscriptionArn?: boolean;
}>({
  operation: operations.Subscribe,
  run(service, input, ctx) {
    const { model } = service;
    const topic = authorizedTopic(service, ctx, input.TopicArn, "Subscribe");
    const protocol = input.Protocol.toLowerCase();
    const endpoint = checkEndpoint(topic, protocol, input.Endpoint);
    const attributes = input.Attributes ?? {};
    checkSubscriptionAttributes(protocol, attributes);
    const existing = model.findSubscriptionByEndpoint(topic, protocol, endpoint);
    if (existing !== undefined) {
      for (const [name, value] of Object.entries(attributes)) {
        if (existing.attributes[name] !== value) {
          throw invalidParameter("Attributes Reason: Subscription already exists with different attributes");
        }
      }
      return { SubscriptionArn: existing.confirmed || input.ReturnSubscriptionArn ? existing.arn : PENDING };
    }
    const subscription = service.store.transaction(() =>
      model.subscribe(topic, ctx.accountId, protocol, endpoint, attributes, confirmedAtOnce(protocol)),
    );
    if (protocol === "http" || protocol === "https") {
      service.http.requestConfirmation(topic, subscription, ctx.baseUrl);
    }
    return {
      SubscriptionArn: subscription.confirmed || input.ReturnSubscriptionArn ? subscription.arn : PENDING,
    };
  },
});
