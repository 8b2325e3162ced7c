import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { setActionsEnabled } from "../actionsSwitch.js";

export const EnableAlarmActions = monitoringAction<{ AlarmNames: string[] }>(
  operations.EnableAlarmActions,
  (model, input, ctx) => {
    setActionsEnabled(model, ctx.accountId, ctx.region, input.AlarmNames, true);
    return {};
  },
);
