import { operations, type ListDeadLetterSourceQueuesRequest } from "../../../generated/sqs.js";
import { compact, sqsAction } from "../action.js";
import { maxResultsRule, paginate } from "../pagination.js";
import { queueFromRequest, queueUrl } from "../urls.js";

export const ListDeadLetterSourceQueues = sqsAction<ListDeadLetterSourceQueuesRequest>({
  operation: operations.ListDeadLetterSourceQueues,
  rules: { MaxResults: maxResultsRule },
  run(model, input, ctx) {
    const sources = model.deadLetterSourceQueues(
      queueFromRequest(model, input.QueueUrl, ctx, "ListDeadLetterSourceQueues"),
    );
    const { page, nextToken } = paginate(sources, input.MaxResults, input.NextToken);
    return compact({ queueUrls: page.map((q) => queueUrl(ctx, q)), NextToken: nextToken });
  },
});
