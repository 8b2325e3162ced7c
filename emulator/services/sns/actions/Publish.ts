import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { invalidParameter } from "../errors.js";
import { publishMessage } from "../fanout.js";
import { prepareMessage, type PublishRequest } from "../message.js";
import { signAhead } from "../presign.js";
import { authorizedTopic } from "../topicAccess.js";

export const Publish = snsAction<
  PublishRequest & { TopicArn?: string; TargetArn?: string; PhoneNumber?: string }
>({
  operation: operations.Publish,
  async run(service, input, ctx) {
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
    const parameter = input.TopicArn !== undefined ? "TopicArn" : "TargetArn";
    const before = authorizedTopic(service, ctx, arn, "Publish", parameter);
    const message = prepareMessage(before, input);
    const signing = signAhead(service, before, message);
    const signed = signing instanceof Promise ? await signing : signing;
    // Looked up again after signing: the topic may have been deleted, or its policy changed, meanwhile.
    const topic =
      signing instanceof Promise ? authorizedTopic(service, ctx, arn, "Publish", parameter) : before;
    const result = service.store.transaction(() => publishMessage(service, topic, message, signed, ctx));
    return { ...result };
  },
});
