import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";

export const ConfirmSubscription = snsAction<{
  TopicArn: string;
  Token: string;
  AuthenticateOnUnsubscribe?: string;
}>({
  operation: operations.ConfirmSubscription,
  run(service, input, ctx) {
    // The token is the proof: whoever holds it may confirm, whichever account owns the topic.
    const topic = service.model.regionalTopic(ctx, input.TopicArn);
    const subscription = service.model.subscriptionByToken(topic, input.Token);
    // A signed call is an authenticated confirmation; the bare SubscribeURL GET is not.
    const authenticated =
      ctx.accessKeyId !== undefined || input.AuthenticateOnUnsubscribe?.toLowerCase() === "true";
    service.store.transaction(() => service.model.confirm(subscription, authenticated));
    return { SubscriptionArn: subscription.arn };
  },
});
