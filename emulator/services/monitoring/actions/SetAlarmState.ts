import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import type { AlarmState } from "../alarm.js";
import { CloudWatchErrors } from "../errors.js";

interface Input {
  AlarmName: string;
  StateValue: AlarmState;
  StateReason: string;
  StateReasonData?: string;
}

/** Sets an alarm's state until its next evaluation; a change runs the new state's actions as a real one would. */
export const SetAlarmState = monitoringAction<Input>(operations.SetAlarmState, (model, input, ctx) => {
  const alarm = model.alarm(ctx.accountId, ctx.region, input.AlarmName);
  if (input.StateReasonData !== undefined) {
    try {
      JSON.parse(input.StateReasonData);
    } catch {
      throw CloudWatchErrors.invalidParameterValue("StateReasonData is not valid JSON.");
    }
  }
  if (alarm.state !== input.StateValue) {
    model.setState(alarm, input.StateValue, input.StateReason, input.StateReasonData);
  }
  return {};
});
