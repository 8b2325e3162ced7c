import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";

export const DeleteLogGroup = logsAction<{ logGroupName: string }>(
  operations.DeleteLogGroup,
  (model, input, ctx) => {
    model.deleteGroup(model.group(ctx.accountId, ctx.region, input.logGroupName));
    return {};
  },
);
