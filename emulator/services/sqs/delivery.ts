import { AwsError } from "../../core/errors.js";
import type { SqsDeliveryResult, SqsInterface } from "../../core/interfaces.js";
import { toSendRequest } from "./messages.js";
import type { SqsModel } from "./model.js";

/**
 * What SQS offers other services: a message sent into a queue on a service's behalf, inside the caller's
 * transaction (an SNS publish and its deliveries commit together). Queue policies are not evaluated yet, so
 * every service principal may send; the caller is kept in the signature for the policy evaluator.
 */
export function sqsInterface(model: SqsModel): SqsInterface {
  return {
    deliver(queueArn, message, caller): SqsDeliveryResult {
      const queue = model.findQueueByArn(queueArn);
      if (!queue) {
        return { delivered: false, reason: "QueueDoesNotExist", detail: `queue ${queueArn} does not exist` };
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
  };
}
