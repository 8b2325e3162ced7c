import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";

/** The retention periods CloudWatch Logs accepts, in days (PutRetentionPolicy). */
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export const PutRetentionPolicy = logsAction<{ logGroupName: string; retentionInDays: number }>(
  operations.PutRetentionPolicy,
  (model, input, ctx) => {
    if (!RETENTION_DAYS.includes(input.retentionInDays)) {
      throw LogsErrors.invalidParameter(
        `1 validation error detected: Value '${input.retentionInDays}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [${RETENTION_DAYS.join(", ")}]`,
      );
    }
    const group = model.group(ctx.accountId, ctx.region, input.logGroupName);
    group.retentionInDays = input.retentionInDays;
    model.updateGroup(group);
    model.applyRetention();
    return {};
  },
);
