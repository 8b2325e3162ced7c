import { compact, sqsAction } from "../action.js";
import { maxResultsRule, paginate } from "../pagination.js";
import { queueUrlRule } from "../rules.js";
import { flatList, integer, string, structure } from "../shapes.js";
import { queueFromRequest, queueUrl } from "../urls.js";

interface Input {
  QueueUrl?: string;
  NextToken?: string;
  MaxResults?: number;
}

export const ListDeadLetterSourceQueues = sqsAction<Input>({
  name: "ListDeadLetterSourceQueues",
  input: structure({ QueueUrl: string, NextToken: string, MaxResults: integer }),
  // The model names this member in lower camel case, unlike ListQueues.
  output: structure({ queueUrls: flatList("QueueUrl"), NextToken: string }),
  rules: { QueueUrl: queueUrlRule, NextToken: { type: "string" }, MaxResults: maxResultsRule },
  run(model, input, ctx) {
    const sources = model.deadLetterSourceQueues(
      queueFromRequest(model, input.QueueUrl, ctx, "ListDeadLetterSourceQueues"),
    );
    const { page, nextToken } = paginate(sources, input.MaxResults, input.NextToken);
    return compact({ queueUrls: page.map((q) => queueUrl(ctx, q)), NextToken: nextToken });
  },
});
