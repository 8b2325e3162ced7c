import type { NotificationEnvelopes } from "./envelope.js";
import { deadLetter } from "./fanout.js";
import type { PublishCounts } from "./metrics.js";
import type { Subscription, Topic } from "./model.js";
import type { SnsService } from "./service.js";

/** The event a Lambda subscriber gets for one notification: one record, as AWS sends it. */
export function snsLambdaEvent(
  envelopes: NotificationEnvelopes,
  message: string,
  subscriptionArn: string,
): string {
  return JSON.stringify({
    Records: [
      {
        EventVersion: "1.0",
        EventSubscriptionArn: subscriptionArn,
        EventSource: "aws:sns",
        Sns: envelopes.lambdaNotification(message, subscriptionArn),
      },
    ],
  });
}

/**
 * Invokes the subscribed function asynchronously with the SNS event, as SNS does, allowed by the function's
 * policy (AddPermission for sns.amazonaws.com with the topic as SourceArn). A refused invocation is counted as
 * failed and sent to the subscription's dead-letter queue, as for any other protocol.
 */
export function deliverToFunction(
  service: SnsService,
  topic: Topic,
  subscription: Subscription,
  content: { event: string; envelope: string },
  counts: PublishCounts,
  requestId: string,
): void {
  const caller = {
    servicePrincipal: "sns.amazonaws.com",
    sourceArn: topic.arn,
    sourceAccount: topic.accountId,
  };
  service.withLambda(topic, counts, (lambda, tally) => {
    const result = lambda.invokeAsync(subscription.endpoint, content.event, caller);
    if (result.accepted) {
      tally.delivered++;
      return;
    }
    tally.failed++;
    service.log(
      `sns: ${topic.arn} could not invoke ${subscription.endpoint} (${result.reason}): ${result.detail}`,
    );
    deadLetter(
      service,
      topic,
      subscription,
      { body: content.envelope },
      result.reason,
      result.detail,
      requestId,
    );
  });
}
