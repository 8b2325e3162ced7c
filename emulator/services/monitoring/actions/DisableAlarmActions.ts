import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { setActionsEnabled } from "../actionsSwitch.js";

export const DisableAlarmActions = monitoringAction<{ AlarmNames: string[] }>(
  operations.DisableAlarmActions,
  (model, input, ctx) => {
    setActionsEnabled(model, ctx.accountId, ctx.region, input.AlarmNames, false);
    return {};
  },
);
