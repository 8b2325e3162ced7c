import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { addTags } from "../tags.js";

export const TagLogGroup = logsAction<{ logGroupName: string; tags: Record<string, string> }>(
  operations.TagLogGroup,
  (model, input, ctx) => {
    addTags(model, model.group(ctx.accountId, ctx.region, input.logGroupName), input.tags);
    return {};
  },
);
