import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";

export const DeleteRetentionPolicy = logsAction<{ logGroupName: string }>(
  operations.DeleteRetentionPolicy,
  (model, input, ctx) => {
    const group = model.group(ctx.accountId, ctx.region, input.logGroupName);
    group.retentionInDays = undefined;
    model.updateGroup(group);
    return {};
  },
);
