import { compact, sqsAction } from "../action.js";
import { maxResultsRule, paginate } from "../pagination.js";
import { flatList, integer, string, structure } from "../shapes.js";
import { queueUrl } from "../urls.js";

interface Input {
  QueueNamePrefix?: string;
  NextToken?: string;
  MaxResults?: number;
}

export const ListQueues = sqsAction<Input>({
  name: "ListQueues",
  input: structure({ QueueNamePrefix: string, NextToken: string, MaxResults: integer }),
  output: structure({ QueueUrls: flatList("QueueUrl"), NextToken: string }),
  rules: { QueueNamePrefix: { type: "string" }, NextToken: { type: "string" }, MaxResults: maxResultsRule },
  run(model, input, ctx) {
    const queues = model.listQueues(ctx, input.QueueNamePrefix ?? "");
    const { page, nextToken } = paginate(queues, input.MaxResults, input.NextToken);
    return compact({
      QueueUrls: page.length > 0 ? page.map((q) => queueUrl(ctx, q)) : undefined,
      NextToken: nextToken,
    });
  },
});
