import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { checkSubscriptionAttributes } from "../subscriptionAttributes.js";

export const SetSubscriptionAttributes = snsAction<{
  SubscriptionArn: string;
  AttributeName: string;
  AttributeValue?: string;
}>({
  operation: operations.SetSubscriptionAttributes,
  run(service, input, ctx) {
    const subscription = service.model.subscription(ctx, input.SubscriptionArn);
    const name = input.AttributeName;
    // An empty value removes the attribute (a FilterPolicy of "" stops filtering).
    const value =
      input.AttributeValue === undefined || input.AttributeValue === "" ? undefined : input.AttributeValue;
    const next = { ...subscription.attributes };
    if (value === undefined) delete next[name];
    else next[name] = value;
    checkSubscriptionAttributes(subscription.protocol, next, [name]);
    service.store.transaction(() => service.model.setSubscriptionAttribute(subscription, name, value));
    return {};
  },
});
