import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { authorizedTopic } from "../topicAccess.js";
import { invalidParameter } from "../errors.js";
import { checkTopicAttribute } from "../topicAttributes.js";

export const SetTopicAttributes = snsAction<{
  TopicArn: string;
  AttributeName: string;
  AttributeValue?: string;
}>({
  operation: operations.SetTopicAttributes,
  run(service, input, ctx) {
    const topic = authorizedTopic(service, ctx, input.TopicArn, "SetTopicAttributes");
    const name = input.AttributeName;
    // FifoTopic is chosen at creation and cannot change.
    if (name === "FifoTopic") throw invalidParameter("AttributeName");
    const value = input.AttributeValue ?? "";
    const clears = value === "" && name !== "DisplayName";
    if (!clears) checkTopicAttribute(name, value, topic.fifo);
    service.store.transaction(() => {
      const next = { ...topic.attributes };
      if (clears) delete next[name];
      else next[name] = value;
      topic.attributes = next;
      service.model.saveTopic(topic);
    });
    return {};
  },
});
