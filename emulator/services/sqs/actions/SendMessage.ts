import { compact, sqsAction } from "../action.js";
import { md5OfSystemAttributes } from "../md5.js";
import { toSendRequest, type SendMessageInput } from "../messages.js";
import { delaySecondsRule, messageAttributeMapRule, queueUrlRule } from "../rules.js";
import {
  integer,
  messageAttributeMap,
  messageSystemAttributeInputMap,
  string,
  structure,
} from "../shapes.js";
import { queueFromRequest } from "../urls.js";

export const sendMessageMembers = {
  MessageBody: string,
  DelaySeconds: integer,
  MessageAttributes: messageAttributeMap,
  MessageSystemAttributes: messageSystemAttributeInputMap,
  MessageDeduplicationId: string,
  MessageGroupId: string,
};

export const sendMessageRules = {
  DelaySeconds: delaySecondsRule,
  MessageAttributes: messageAttributeMapRule,
  MessageSystemAttributes: messageAttributeMapRule,
  MessageDeduplicationId: { type: "string" },
  MessageGroupId: { type: "string" },
} as const;

export const SendMessage = sqsAction<SendMessageInput & { QueueUrl?: string }>({
  name: "SendMessage",
  input: structure({ QueueUrl: string, ...sendMessageMembers }),
  output: structure({
    MD5OfMessageBody: string,
    MD5OfMessageAttributes: string,
    MD5OfMessageSystemAttributes: string,
    MessageId: string,
    SequenceNumber: string,
  }),
  rules: { QueueUrl: queueUrlRule, MessageBody: { type: "string", required: true }, ...sendMessageRules },
  run(model, input, ctx) {
    const queue = queueFromRequest(model, input.QueueUrl, ctx, "SendMessage");
    const { request } = toSendRequest(queue, input);
    const [result] = model.send(queue, [request], ctx.accessKeyId ?? ctx.accountId);
    return compact({
      MD5OfMessageBody: result.md5OfBody,
      MD5OfMessageAttributes: result.md5OfAttributes,
      MD5OfMessageSystemAttributes: md5OfSystemAttributes(request.traceHeader),
      MessageId: result.messageId,
      SequenceNumber: result.sequenceNumber,
    });
  },
});
