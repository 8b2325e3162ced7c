import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { checkTopicName } from "../arns.js";
import { invalidParameter } from "../errors.js";
import { tagsOf, type TagInput } from "../tags.js";
import { checkTopicAttribute } from "../topicAttributes.js";

export const CreateTopic = snsAction<{
  Name: string;
  Attributes?: Record<string, string>;
  Tags?: TagInput[];
  DataProtectionPolicy?: string;
}>({
  operation: operations.CreateTopic,
  run(service, input, ctx) {
    const attributes = { ...input.Attributes };
    if (input.DataProtectionPolicy !== undefined)
      attributes.DataProtectionPolicy = input.DataProtectionPolicy;
    const fifoFlag = attributes.FifoTopic?.toLowerCase();
    if (fifoFlag !== undefined && fifoFlag !== "true" && fifoFlag !== "false") {
      throw invalidParameter("Attributes Reason: FifoTopic must be true or false");
    }
    const fifo = fifoFlag === "true";
    checkTopicName(input.Name, fifo);
    for (const [name, value] of Object.entries(attributes)) {
      if (name !== "FifoTopic") checkTopicAttribute(name, value, fifo);
    }
    const tags = tagsOf(input.Tags);
    const topic = service.store.transaction(() =>
      service.model.createTopic(ctx, input.Name, fifo, attributes, tags),
    );
    return { TopicArn: topic.arn };
  },
});
