import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";

/** Deleting a topic that does not exist succeeds, as in SNS. */
export const DeleteTopic = snsAction<{ TopicArn: string }>({
  operation: operations.DeleteTopic,
  run(service, input, ctx) {
    const topic = service.model.findTopic(ctx, input.TopicArn);
    if (topic !== undefined) service.store.transaction(() => service.model.deleteTopic(topic));
    return {};
  },
});
