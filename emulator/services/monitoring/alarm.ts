import { toSeconds } from "./action.js";

export type AlarmState = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export interface Dimension {
  readonly Name: string;
  readonly Value: string;
}

/** An alarm's configuration, as PutMetricAlarm sets it (read back unchanged, in the order given). */
export interface AlarmConfiguration {
  readonly AlarmName: string;
  readonly AlarmDescription?: string;
  readonly ActionsEnabled: boolean;
  readonly OKActions: readonly string[];
  readonly AlarmActions: readonly string[];
  readonly InsufficientDataActions: readonly string[];
  readonly MetricName?: string;
  readonly Namespace?: string;
  readonly Statistic?: string;
  readonly ExtendedStatistic?: string;
  readonly Dimensions: readonly Dimension[];
  readonly Period?: number;
  readonly Unit?: string;
  readonly EvaluationPeriods: number;
  readonly DatapointsToAlarm?: number;
  readonly Threshold?: number;
  readonly ComparisonOperator: string;
  readonly TreatMissingData: string;
  readonly EvaluateLowSampleCountPercentile?: string;
  readonly Metrics?: readonly Record<string, unknown>[];
  readonly ThresholdMetricId?: string;
}

export interface AlarmRecord {
  readonly accountId: string;
  readonly region: string;
  readonly arn: string;
  config: AlarmConfiguration;
  configUpdatedAt: number;
  state: AlarmState;
  stateReason: string;
  stateReasonData?: string;
  stateUpdatedAt: number;
  stateTransitionedAt: number;
  tags: { Key: string; Value: string }[];
  /** When the alarm was last evaluated (epoch ms): evaluation runs once per minute, or per period if shorter. */
  lastEvaluatedAt: number;
}

export interface HistoryItem {
  readonly alarmName: string;
  readonly timestamp: number;
  readonly type: "ConfigurationUpdate" | "StateUpdate" | "Action";
  readonly summary: string;
  readonly data: string;
}

/** The MetricAlarm structure DescribeAlarms returns; unset optional members are left out, as AWS does. */
export function describeAlarm(alarm: AlarmRecord): Record<string, unknown> {
  const { config } = alarm;
  return {
    AlarmName: config.AlarmName,
    AlarmArn: alarm.arn,
    AlarmDescription: config.AlarmDescription,
    AlarmConfigurationUpdatedTimestamp: toSeconds(alarm.configUpdatedAt),
    ActionsEnabled: config.ActionsEnabled,
    OKActions: [...config.OKActions],
    AlarmActions: [...config.AlarmActions],
    InsufficientDataActions: [...config.InsufficientDataActions],
    StateValue: alarm.state,
    StateReason: alarm.stateReason,
    StateReasonData: alarm.stateReasonData,
    StateUpdatedTimestamp: toSeconds(alarm.stateUpdatedAt),
    MetricName: config.MetricName,
    Namespace: config.Namespace,
    Statistic: config.Statistic,
    ExtendedStatistic: config.ExtendedStatistic,
    Dimensions: config.Dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
    Period: config.Period,
    Unit: config.Unit,
    EvaluationPeriods: config.EvaluationPeriods,
    DatapointsToAlarm: config.DatapointsToAlarm,
    Threshold: config.Threshold,
    ComparisonOperator: config.ComparisonOperator,
    TreatMissingData: config.TreatMissingData,
    EvaluateLowSampleCountPercentile: config.EvaluateLowSampleCountPercentile,
    Metrics: config.Metrics,
    ThresholdMetricId: config.ThresholdMetricId,
    StateTransitionedTimestamp: toSeconds(alarm.stateTransitionedAt),
  };
}
