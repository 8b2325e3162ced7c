import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { CloudWatchErrors } from "../errors.js";

/** Deletes the named alarms; when any is missing, nothing is deleted and the reply names the missing ones. */
export const DeleteAlarms = monitoringAction<{ AlarmNames: string[] }>(
  operations.DeleteAlarms,
  (model, input, ctx) => {
    const alarms = model.alarms(ctx.accountId, ctx.region);
    const missing = input.AlarmNames.filter((name) => !alarms.has(name));
    if (missing.length > 0)
      throw CloudWatchErrors.resourceNotFound(`${missing.length} alarms not found: [${missing.join(", ")}]`);
    for (const name of input.AlarmNames) model.deleteAlarm(model.alarm(ctx.accountId, ctx.region, name));
    return {};
  },
);
