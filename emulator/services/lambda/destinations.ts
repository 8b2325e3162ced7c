import type { ServicePrincipalCall } from "../../core/interfaces.js";
import type { ServiceContext } from "../../core/service.js";

/** What a destination is sent: AWS's invocation record (or, for a dead-letter queue, the original event). */
export interface DestinationMessage {
  readonly body: string;
  /** SQS message attributes / the DLQ's RequestID, ErrorCode, ErrorMessage. */
  readonly attributes?: Readonly<Record<string, { readonly DataType: string; readonly StringValue: string }>>;
}

/**
 * Sends to an SQS queue or SNS topic through their interfaces, as `lambda.amazonaws.com` on behalf of the
 * function (so the queue's or topic's policy must allow it). Returns a sentence when it was not delivered.
 */
export async function sendToDestination(
  core: ServiceContext,
  destination: string,
  message: DestinationMessage,
  caller: ServicePrincipalCall,
): Promise<string | undefined> {
  const service = destination.split(":")[2];
  if (service === "sqs") {
    const sqs = await core.use("sqs");
    const result = core.store.transaction(() =>
      sqs.deliver(destination, { body: message.body, attributes: message.attributes }, caller),
    );
    return result.delivered ? undefined : result.detail;
  }
  if (service === "sns") {
    const sns = await core.use("sns");
    const result = core.store.transaction(() => sns.publish(destination, message.body, undefined, caller));
    return result.published ? undefined : result.detail;
  }
  return `destination ${destination}: only SQS queues and SNS topics are served as destinations here`;
}
