import { operations, type SendMessageRequest } from "../../../generated/sqs.js";
import { sendMessageRules } from "../rules.js";
import { compact, sqsAction } from "../action.js";
import { md5OfSystemAttributes } from "../md5.js";
import { toSendRequest } from "../messages.js";
import { queueFromRequest } from "../urls.js";

export const SendMessage = sqsAction<SendMessageRequest>({
  operation: operations.SendMessage,
  rules: sendMessageRules,
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
