import type { AlarmRecord, AlarmState } from "./alarm.js";
import { awsTimestamp } from "./evaluation.js";

/** Region names as alarm notifications spell them (`"Region": "US East (N. Virginia)"`). */
const REGION_NAMES: Record<string, string> = {
  "us-east-1": "US East (N. Virginia)",
  "us-east-2": "US East (Ohio)",
  "us-west-1": "US West (N. California)",
  "us-west-2": "US West (Oregon)",
  "ca-central-1": "Canada (Central)",
  "eu-west-1": "EU (Ireland)",
  "eu-west-2": "EU (London)",
  "eu-west-3": "EU (Paris)",
  "eu-central-1": "EU (Frankfurt)",
  "eu-north-1": "EU (Stockholm)",
  "eu-south-1": "EU (Milan)",
  "ap-northeast-1": "Asia Pacific (Tokyo)",
  "ap-northeast-2": "Asia Pacific (Seoul)",
  "ap-southeast-1": "Asia Pacific (Singapore)",
  "ap-southeast-2": "Asia Pacific (Sydney)",
  "ap-south-1": "Asia Pacific (Mumbai)",
  "sa-east-1": "South America (Sao Paulo)",
};

export function regionName(region: string): string {
  return REGION_NAMES[region] ?? region;
}

/** The actions a transition into `state` runs. */
export function actionsFor(alarm: AlarmRecord, state: AlarmState): readonly string[] {
  if (state === "ALARM") return alarm.config.AlarmActions;
  if (state === "OK") return alarm.config.OKActions;
  return alarm.config.InsufficientDataActions;
}

/** `ALARM: "name" in US East (N. Virginia)`: the subject of an alarm notification. */
export function notificationSubject(alarm: AlarmRecord): string {
  return `${alarm.state}: "${alarm.config.AlarmName}" in ${regionName(alarm.region)}`;
}

/** The JSON message CloudWatch publishes to an alarm's SNS actions when its state changes. */
export function notificationMessage(alarm: AlarmRecord, oldState: AlarmState): string {
  const { config } = alarm;
  const statistic = config.Statistic ?? config.ExtendedStatistic;
  return JSON.stringify({
    AlarmName: config.AlarmName,
    AlarmDescription: config.AlarmDescription ?? null,
    AWSAccountId: alarm.accountId,
    AlarmConfigurationUpdatedTimestamp: awsTimestamp(alarm.configUpdatedAt),
    NewStateValue: alarm.state,
    NewStateReason: alarm.stateReason,
    StateChangeTime: awsTimestamp(alarm.stateUpdatedAt),
    Region: regionName(alarm.region),
    AlarmArn: alarm.arn,
    OldStateValue: oldState,
    OKActions: [...config.OKActions],
    AlarmActions: [...config.AlarmActions],
    InsufficientDataActions: [...config.InsufficientDataActions],
    Trigger: {
      MetricName: config.MetricName,
      Namespace: config.Namespace,
      StatisticType: config.Statistic !== undefined ? "Statistic" : "ExtendedStatistic",
      Statistic: config.Statistic !== undefined ? config.Statistic.toUpperCase() : undefined,
      ExtendedStatistic: config.Statistic === undefined ? statistic : undefined,
      Unit: config.Unit ?? null,
      Dimensions: config.Dimensions.map((d) => ({ value: d.Value, name: d.Name })),
      Period: config.Period,
      EvaluationPeriods: config.EvaluationPeriods,
      DatapointsToAlarm: config.DatapointsToAlarm ?? config.EvaluationPeriods,
      ComparisonOperator: config.ComparisonOperator,
      Threshold: config.Threshold,
      TreatMissingData: config.TreatMissingData,
      EvaluateLowSampleCountPercentile: config.EvaluateLowSampleCountPercentile ?? "",
    },
  });
}
