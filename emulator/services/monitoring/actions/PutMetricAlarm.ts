import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import type { AlarmConfiguration, Dimension } from "../alarm.js";
import { CloudWatchErrors } from "../errors.js";
import { isExtendedStatistic } from "../statistics.js";

interface Input {
  AlarmName: string;
  AlarmDescription?: string;
  ActionsEnabled?: boolean;
  OKActions?: string[];
  AlarmActions?: string[];
  InsufficientDataActions?: string[];
  MetricName?: string;
  Namespace?: string;
  Statistic?: string;
  ExtendedStatistic?: string;
  Dimensions?: Dimension[];
  Period?: number;
  Unit?: string;
  EvaluationPeriods?: number;
  DatapointsToAlarm?: number;
  Threshold?: number;
  ComparisonOperator?: string;
  TreatMissingData?: string;
  EvaluateLowSampleCountPercentile?: string;
  Metrics?: Record<string, unknown>[];
  ThresholdMetricId?: string;
  Tags?: { Key: string; Value: string }[];
}

/** An alarm's evaluation range (EvaluationPeriods × Period) can be no longer than seven days. */
const MAX_EVALUATION_RANGE_SECONDS = 604_800;
const TREAT_MISSING_DATA = ["breaching", "notBreaching", "ignore", "missing"];
const STATIC_OPERATORS = [
  "GreaterThanOrEqualToThreshold",
  "GreaterThanThreshold",
  "LessThanThreshold",
  "LessThanOrEqualToThreshold",
];

/** Creates or updates a metric alarm. Beyond the model, the rules the PutMetricAlarm reference states in prose. */
export const PutMetricAlarm = monitoringAction<Input>(operations.PutMetricAlarm, (model, input, ctx) => {
  const config = checkedConfiguration(input);
  model.putAlarm(ctx.accountId, ctx.region, config, input.Tags ?? []);
  return {};
});

function checkedConfiguration(input: Input): AlarmConfiguration {
  const invalid = CloudWatchErrors.validation;
  if (input.EvaluationPeriods === undefined) {
    throw CloudWatchErrors.missingParameter("The parameter EvaluationPeriods is required.");
  }
  if (input.ComparisonOperator === undefined) {
    throw CloudWatchErrors.missingParameter("The parameter ComparisonOperator is required.");
  }
  const usesMetricMath = input.Metrics !== undefined && input.Metrics.length > 0;
  if (usesMetricMath) {
    if (input.MetricName !== undefined || input.Namespace !== undefined || input.Statistic !== undefined) {
      throw CloudWatchErrors.invalidParameterCombination(
        "MetricName, Namespace and Statistic must not be specified when Metrics is specified.",
      );
    }
  } else {
    if (input.MetricName === undefined || input.Namespace === undefined) {
      throw invalid("MetricName and Namespace are required unless Metrics is specified.");
    }
    if ((input.Statistic === undefined) === (input.ExtendedStatistic === undefined)) {
      throw CloudWatchErrors.invalidParameterCombination(
        "Exactly one of Statistic and ExtendedStatistic must be specified.",
      );
    }
    if (input.ExtendedStatistic !== undefined && !isExtendedStatistic(input.ExtendedStatistic)) {
      throw CloudWatchErrors.invalidParameterValue(
        `The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not supported.`,
      );
    }
    if (input.Period === undefined)
      throw CloudWatchErrors.missingParameter("The parameter Period is required.");
    if (!(input.Period === 10 || input.Period === 20 || input.Period === 30 || input.Period % 60 === 0)) {
      throw invalid("Period must be 10, 20, 30 or a multiple of 60.");
    }
    if (input.EvaluationPeriods * input.Period > MAX_EVALUATION_RANGE_SECONDS) {
      throw invalid(
        `The evaluation range (EvaluationPeriods ${input.EvaluationPeriods} × Period ${input.Period}) must be ${MAX_EVALUATION_RANGE_SECONDS} seconds (seven days) or less.`,
      );
    }
    if (input.Threshold === undefined && input.ThresholdMetricId === undefined) {
      throw invalid("Threshold is required unless ThresholdMetricId is specified.");
    }
  }
  if (!STATIC_OPERATORS.includes(input.ComparisonOperator) && input.ThresholdMetricId === undefined) {
    throw invalid(
      `ComparisonOperator ${input.ComparisonOperator} is only valid for anomaly detection alarms.`,
    );
  }
  if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > input.EvaluationPeriods) {
    throw invalid("DatapointsToAlarm must be less than or equal to EvaluationPeriods.");
  }
  if (input.TreatMissingData !== undefined && !TREAT_MISSING_DATA.includes(input.TreatMissingData)) {
    throw invalid(`TreatMissingData must be one of ${TREAT_MISSING_DATA.join(", ")}.`);
  }
  return {
    AlarmName: input.AlarmName,
    AlarmDescription: input.AlarmDescription,
    ActionsEnabled: input.ActionsEnabled ?? true,
    OKActions: input.OKActions ?? [],
    AlarmActions: input.AlarmActions ?? [],
    InsufficientDataActions: input.InsufficientDataActions ?? [],
    MetricName: input.MetricName,
    Namespace: input.Namespace,
    Statistic: input.Statistic,
    ExtendedStatistic: input.ExtendedStatistic,
    Dimensions: input.Dimensions ?? [],
    Period: input.Period,
    Unit: input.Unit,
    EvaluationPeriods: input.EvaluationPeriods,
    DatapointsToAlarm: input.DatapointsToAlarm,
    Threshold: input.Threshold,
    ComparisonOperator: input.ComparisonOperator,
    TreatMissingData: input.TreatMissingData ?? "missing",
    EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
    Metrics: input.Metrics,
    ThresholdMetricId: input.ThresholdMetricId,
  };
}
