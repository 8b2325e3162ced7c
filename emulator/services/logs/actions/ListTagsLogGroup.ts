import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";

export const ListTagsLogGroup = logsAction<{ logGroupName: string }>(
  operations.ListTagsLogGroup,
  (model, input, ctx) => ({ tags: { ...model.group(ctx.accountId, ctx.region, input.logGroupName).tags } }),
);
