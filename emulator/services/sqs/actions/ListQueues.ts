import { operations, type ListQueuesRequest } from "../../../generated/sqs.js";
import { compact, sqsAction } from "../action.js";
import { maxResultsRule, paginate } from "../pagination.js";
import { queueUrl } from "../urls.js";

export const ListQueues = sqsAction<ListQueuesRequest>({
  operation: operations.ListQueues,
  rules: { MaxResults: maxResultsRule },
  run(model, input, ctx) {
    const queues = model.listQueues(ctx, input.QueueNamePrefix ?? "");
    const { page, nextToken } = paginate(queues, input.MaxResults, input.NextToken);
    return compact({
      QueueUrls: page.length > 0 ? page.map((q) => queueUrl(ctx, q)) : undefined,
      NextToken: nextToken,
    });
  },
});
