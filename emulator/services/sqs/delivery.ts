import { AwsError } from "../../core/errors.js";
import type { SqsDeliveryInterface, SqsDeliveryResult } from "../../core/interfaces.js";
import type { MetricDatum, MetricUnit } from "../../core/metrics.js";
import { authorizeDelivery } from "./access.js";
import { toSendRequest } from "./messages.js";
import type { SqsModel } from "./model.js";

/**
 * What SQS offers other services: a message sent into a queue on a service's behalf, inside the caller's
 * transaction (an SNS publish and its deliveries commit together). The queue's policy decides, as on AWS: a
 * queue without one, or whose statements do not name the service, refuses the delivery.
 */
export function sqsInterface(model: SqsModel): SqsDeliveryInterface {
  return {
    deliver(queueArn, message, caller): SqsDeliveryResult {
      const queue = model.findQueueByArn(queueArn);
      if (!queue) {
        return { delivered: false, reason: "QueueDoesNotExist", detail: `queue ${queueArn} does not exist` };
      }
      const decision = authorizeDelivery(queue, caller, model.clock.now());
      if (decision.decision !== "Allow") {
        return { delivered: false, reason: "AccessDenied", detail: `queue ${queueArn}: ${decision.reason}` };
      }
      try {
        const { request } = toSendRequest(queue, {
          MessageBody: message.body,
          MessageAttributes: message.attributes,
          MessageGroupId: message.groupId,
          MessageDeduplicationId: message.deduplicationId,
        });
        const [result] = model.send(queue, [request], caller.servicePrincipal);
        return { delivered: true, messageId: result.messageId, sequenceNumber: result.sequenceNumber };
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        return { delivered: false, reason: "InvalidMessage", detail: `queue ${queueArn}: ${error.message}` };
      }
    },
    queueExists: (queueArn) => model.findQueueByArn(queueArn) !== undefined,
    queueDepths(): MetricDatum[] {
      const now = model.clock.now();
      return model.allQueues().flatMap((queue) => {
        const { accountId, region, name } = queue.record;
        const counts = model.countMessages(queue);
        const gauge = (gaugeName: string, value: number, unit: MetricUnit = "Count"): MetricDatum => ({
          accountId,
          region,
          namespace: "AWS/SQS",
          name: gaugeName,
          dimensions: { QueueName: name },
          unit,
          value,
          timestamp: now,
        });
        return [
          gauge("ApproximateNumberOfMessagesVisible", counts.visible),
          gauge("ApproximateNumberOfMessagesNotVisible", counts.inflight),
          gauge("ApproximateNumberOfMessagesDelayed", counts.delayed),
          gauge("ApproximateAgeOfOldestMessage", queue.oldestMessageAgeSeconds(now), "Seconds"),
        ];
      });
    },
  };
}
