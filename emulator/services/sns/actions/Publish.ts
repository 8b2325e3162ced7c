import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { invalidParameter } from "../errors.js";
import { publishMessage } from "../fanout.js";
import { prepareMessage, type PublishRequest } from "../message.js";

export const Publish = snsAction<
  PublishRequest & { TopicArn?: string; TargetArn?: string; PhoneNumber?: string }
>({
  operation: operations.Publish,
  async run(service, input, ctx) {
    const sqs = await service.sqs();
    const arn = input.TopicArn ?? input.TargetArn;
    if (arn === undefined) {
      if (input.PhoneNumber !== undefined) {
        throw invalidParameter(
          "PhoneNumber Reason: SMS is not delivered by the emulator; publish to a topic",
        );
      }
      throw invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
    }
    if (input.TopicArn !== undefined && input.TargetArn !== undefined) {
      throw invalidParameter(
        "TopicArn Reason: Only one of TopicArn, TargetArn or PhoneNumber may be specified",
      );
    }
    const topic = service.model.topic(ctx, arn, input.TopicArn !== undefined ? "TopicArn" : "TargetArn");
    const message = prepareMessage(topic, input);
    const result = service.store.transaction(() => publishMessage(service, sqs, topic, message, ctx));
    return { ...result };
  },
});
