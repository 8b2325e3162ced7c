import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { describeAlarm } from "../alarm.js";
import { CloudWatchErrors } from "../errors.js";
import { page } from "../paging.js";

interface Input {
  AlarmNames?: string[];
  AlarmNamePrefix?: string;
  AlarmTypes?: string[];
  StateValue?: string;
  ActionPrefix?: string;
  MaxRecords?: number;
  NextToken?: string;
}

/** Metric alarms by name, prefix, state or action prefix, sorted by name. There are no composite alarms here. */
export const DescribeAlarms = monitoringAction<Input>(operations.DescribeAlarms, (model, input, ctx) => {
  if (input.AlarmNames !== undefined && input.AlarmNamePrefix !== undefined) {
    throw CloudWatchErrors.invalidParameterCombination(
      "AlarmNames and AlarmNamePrefix cannot be specified together.",
    );
  }
  const wantsMetricAlarms = input.AlarmTypes === undefined || input.AlarmTypes.includes("MetricAlarm");
  const alarms = [...model.alarms(ctx.accountId, ctx.region).values()]
    .filter((alarm) => input.AlarmNames === undefined || input.AlarmNames.includes(alarm.config.AlarmName))
    .filter(
      (alarm) =>
        input.AlarmNamePrefix === undefined || alarm.config.AlarmName.startsWith(input.AlarmNamePrefix),
    )
    .filter((alarm) => input.StateValue === undefined || alarm.state === input.StateValue)
    .filter(
      (alarm) =>
        input.ActionPrefix === undefined ||
        [
          ...alarm.config.AlarmActions,
          ...alarm.config.OKActions,
          ...alarm.config.InsufficientDataActions,
        ].some((a) => a.startsWith(input.ActionPrefix as string)),
    )
    .sort((a, b) =>
      a.config.AlarmName < b.config.AlarmName ? -1 : a.config.AlarmName > b.config.AlarmName ? 1 : 0,
    );
  const found = page(wantsMetricAlarms ? alarms : [], input.MaxRecords ?? 50, input.NextToken);
  return { MetricAlarms: found.items.map(describeAlarm), CompositeAlarms: [], NextToken: found.nextToken };
});
