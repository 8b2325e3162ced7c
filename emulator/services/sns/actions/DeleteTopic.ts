import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { authorizeTopicCall } from "../topicAccess.js";

/** Deleting a topic that does not exist succeeds, as in SNS; deleting another account's needs its policy. */
export const DeleteTopic = snsAction<{ TopicArn: string }>({
  operation: operations.DeleteTopic,
  run(service, input, ctx) {
    const topic = service.model.findRegionalTopic(ctx, input.TopicArn);
    if (topic === undefined) return {};
    authorizeTopicCall(topic, "DeleteTopic", ctx, service.clock.now());
    service.store.transaction(() => service.model.deleteTopic(topic));
    return {};
  },
});
