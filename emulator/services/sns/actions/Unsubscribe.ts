import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";

/** Unsubscribing twice succeeds, as in SNS. */
export const Unsubscribe = snsAction<{ SubscriptionArn: string }>({
  operation: operations.Unsubscribe,
  run(service, input, ctx) {
    const subscription = service.model.findSubscription(ctx, input.SubscriptionArn);
    if (subscription !== undefined) service.store.transaction(() => service.model.unsubscribe(subscription));
    return {};
  },
});
