import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { describeAlarm, type Dimension } from "../alarm.js";
import { metricKey } from "../metricKey.js";

interface Input {
  MetricName: string;
  Namespace: string;
  Statistic?: string;
  ExtendedStatistic?: string;
  Dimensions?: Dimension[];
  Period?: number;
  Unit?: string;
}

/** The alarms watching one metric (its dimensions as a set), narrowed by statistic, period and unit when given. */
export const DescribeAlarmsForMetric = monitoringAction<Input>(
  operations.DescribeAlarmsForMetric,
  (model, input, ctx) => {
    const wanted = metricKey(ctx.accountId, ctx.region, {
      namespace: input.Namespace,
      name: input.MetricName,
      dimensions: input.Dimensions ?? [],
    });
    const alarms = [...model.alarms(ctx.accountId, ctx.region).values()].filter((alarm) => {
      const { config } = alarm;
      if (config.MetricName === undefined || config.Namespace === undefined) return false;
      const key = metricKey(ctx.accountId, ctx.region, {
        namespace: config.Namespace,
        name: config.MetricName,
        dimensions: config.Dimensions,
      });
      return (
        key === wanted &&
        (input.Statistic === undefined || config.Statistic === input.Statistic) &&
        (input.ExtendedStatistic === undefined || config.ExtendedStatistic === input.ExtendedStatistic) &&
        (input.Period === undefined || config.Period === input.Period) &&
        (input.Unit === undefined || config.Unit === input.Unit)
      );
    });
    return { MetricAlarms: alarms.map(describeAlarm) };
  },
);
