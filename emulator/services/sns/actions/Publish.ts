import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { invalidParameter } from "../errors.js";
import { publishMessage } from "../fanout.js";
import { prepareMessage, type PublishRequest } from "../message.js";
import { signAhead, type SignedMessage } from "../presign.js";
import type { Topic } from "../model.js";
import { authorizedTopic } from "../topicAccess.js";

export const Publish = snsAction<
  PublishRequest & { TopicArn?: string; TargetArn?: string; PhoneNumber?: string }
>({
  operation: operations.Publish,
  run(service, input, ctx) {
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
    const topic = authorizedTopic(service, ctx, arn, "Publish", parameter);
    const message = prepareMessage(topic, input);
    const signing = signAhead(service, topic, message);
    const publish = (current: Topic, signed: SignedMessage) =>
      service.store.joinTransaction(() => ({ ...publishMessage(service, current, message, signed, ctx) }));
    // A raw-only topic is answered at once; envelopes are signed off the event loop first, after which the
    // topic is looked up again: it may have been deleted, or its policy changed, meanwhile.
    if (!(signing instanceof Promise)) return publish(topic, signing);
    return signing.then((signed) =>
      publish(authorizedTopic(service, ctx, arn, "Publish", parameter), signed),
    );
  },
});
