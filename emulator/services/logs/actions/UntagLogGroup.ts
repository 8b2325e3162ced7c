import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { removeTags } from "../tags.js";

export const UntagLogGroup = logsAction<{ logGroupName: string; tags: string[] }>(
  operations.UntagLogGroup,
  (model, input, ctx) => {
    removeTags(model, model.group(ctx.accountId, ctx.region, input.logGroupName), input.tags);
    return {};
  },
);
