import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { page } from "../pagination.js";

export const ListTopics = snsAction<{ NextToken?: string }>({
  operation: operations.ListTopics,
  run(service, input, ctx) {
    const found = page(service.model.listTopics(ctx), (topic) => topic.arn, input.NextToken);
    return { Topics: found.items.map((topic) => ({ TopicArn: topic.arn })), NextToken: found.nextToken };
  },
});
