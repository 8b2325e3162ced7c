import { operations, type ReceiveMessageRequest } from "../../../generated/sqs.js";
import { visibilityTimeoutLimit } from "../rules.js";
import { compact, sqsAction } from "../action.js";
import { md5OfMessageAttributes, type MessageAttributeMap } from "../md5.js";
import type { Delivered } from "../model.js";
import { selectSystemAttributes } from "../systemAttributes.js";
import type { Queue } from "../queue.js";
import { queueFromRequest } from "../urls.js";

export const ReceiveMessage = sqsAction<ReceiveMessageRequest>({
  operation: operations.ReceiveMessage,
  rules: {
    MaxNumberOfMessages: { min: 1, max: 10, reason: "Must be between 1 and 10, if provided" },
    VisibilityTimeout: visibilityTimeoutLimit,
    WaitTimeSeconds: { min: 0, max: 20, reason: "Must be >= 0 and <= 20, if provided" },
    ReceiveRequestAttemptId: {
      pattern: "[!-~]{1,128}",
      reason:
        "ReceiveRequestAttemptId can only include alphanumeric and punctuation characters. 1 to 128 in length",
    },
  },
  async run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "ReceiveMessage");
    const delivered = await model.receive(
      queue,
      {
        maxMessages: input.MaxNumberOfMessages ?? 1,
        visibilityTimeout: input.VisibilityTimeout,
        waitTimeSeconds: input.WaitTimeSeconds,
        attemptId: input.ReceiveRequestAttemptId,
      },
      ctx.signal,
    );
    if (delivered.length === 0) return {};
    const systemNames = new Set([
      ...(input.AttributeNames ?? []),
      ...(input.MessageSystemAttributeNames ?? []),
    ]);
    const selectAttribute = attributeSelector(input.MessageAttributeNames ?? []);
    return { Messages: delivered.map((d) => toWireMessage(queue, d, systemNames, selectAttribute)) };
  },
});

function toWireMessage(
  queue: Queue,
  { message, body, attributes: sent, receiptHandle }: Delivered,
  systemNames: ReadonlySet<string>,
  selectAttribute: (name: string) => boolean,
): Record<string, unknown> {
  const attributes = selectSystemAttributes(queue, message, systemNames);
  let messageAttributes: MessageAttributeMap | undefined;
  if (sent) {
    const selected = Object.entries(sent).filter(([name]) => selectAttribute(name));
    if (selected.length > 0) messageAttributes = Object.fromEntries(selected);
  }
  const allAttributes =
    messageAttributes !== undefined &&
    Object.keys(messageAttributes).length === Object.keys(sent ?? {}).length;
  return compact({
    MessageId: message.messageId,
    ReceiptHandle: receiptHandle,
    MD5OfBody: message.md5OfBody,
    Body: body,
    Attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    MD5OfMessageAttributes: allAttributes
      ? message.md5OfAttributes
      : md5OfMessageAttributes(messageAttributes),
    MessageAttributes: messageAttributes,
  });
}

/** `All` and `.*` select everything, `prefix.*` a name prefix, anything else one name. */
function attributeSelector(patterns: readonly string[]): (name: string) => boolean {
  if (patterns.some((p) => p === "All" || p === ".*")) return () => true;
  const exact = new Set(patterns.filter((p) => !p.endsWith(".*")));
  const prefixes = patterns.filter((p) => p.endsWith(".*")).map((p) => p.slice(0, -1));
  return (name) => exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}
