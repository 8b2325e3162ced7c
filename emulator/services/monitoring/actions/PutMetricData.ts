import { operations } from "../../../generated/monitoring.js";
import { monitoringAction, toMillis } from "../action.js";
import type { Dimension } from "../alarm.js";
import { CloudWatchErrors } from "../errors.js";
import type { Sample } from "../statistics.js";

interface Datum {
  MetricName: string;
  Dimensions?: Dimension[];
  Timestamp?: number | string;
  Value?: number;
  StatisticValues?: { SampleCount: number; Sum: number; Minimum: number; Maximum: number };
  Values?: number[];
  Counts?: number[];
  Unit?: string;
}

/** PutMetricData's documented limits. */
const MAX_DATA = 1000;
const MAX_VALUES = 150;

export const PutMetricData = monitoringAction<{ Namespace: string; MetricData?: Datum[] }>(
  operations.PutMetricData,
  (model, input, ctx) => {
    if (input.Namespace.startsWith("AWS/")) {
      throw CloudWatchErrors.invalidParameterValue(
        `The value ${input.Namespace} for parameter Namespace is invalid: namespaces starting with AWS/ are reserved for AWS services.`,
      );
    }
    const data = input.MetricData ?? [];
    if (data.length > MAX_DATA) {
      throw CloudWatchErrors.invalidParameterValue(
        `The collection MetricData must not have a size greater than ${MAX_DATA}.`,
      );
    }
    const now = model.clock.now();
    const samples = data.map((datum, index) => ({ datum, sample: sampleOf(datum, index + 1, now) }));
    for (const { datum, sample } of samples) {
      const identity = {
        namespace: input.Namespace,
        name: datum.MetricName,
        dimensions: datum.Dimensions ?? [],
      };
      model.addSample(ctx.accountId, ctx.region, identity, sample);
    }
    return {};
  },
);

function sampleOf(datum: Datum, position: number, now: number): Sample {
  const timestamp = datum.Timestamp === undefined ? now : toMillis(datum.Timestamp);
  const unit = datum.Unit ?? "None";
  const given = [datum.Value, datum.StatisticValues, datum.Values].filter((v) => v !== undefined).length;
  if (given > 1) {
    throw CloudWatchErrors.invalidParameterCombination(
      `The parameters MetricData.member.${position}.Value, MetricData.member.${position}.StatisticValues and MetricData.member.${position}.Values are mutually exclusive and you specified more than one.`,
    );
  }
  if (datum.StatisticValues !== undefined) {
    const set = datum.StatisticValues;
    return { timestamp, unit, count: set.SampleCount, sum: set.Sum, min: set.Minimum, max: set.Maximum };
  }
  if (datum.Values !== undefined) {
    const counts = datum.Counts ?? datum.Values.map(() => 1);
    if (counts.length !== datum.Values.length) {
      throw CloudWatchErrors.invalidParameterValue(
        `The arrays MetricData.member.${position}.Values and MetricData.member.${position}.Counts must be of the same size.`,
      );
    }
    if (datum.Values.length > MAX_VALUES) {
      throw CloudWatchErrors.invalidParameterValue(
        `The collection MetricData.member.${position}.Values must not have a size greater than ${MAX_VALUES}.`,
      );
    }
    const values = datum.Values.map((value, i): [number, number] => [checked(value, position), counts[i]]);
    return {
      timestamp,
      unit,
      count: counts.reduce((a, b) => a + b, 0),
      sum: values.reduce((a, [v, c]) => a + v * c, 0),
      min: Math.min(...datum.Values),
      max: Math.max(...datum.Values),
      values,
    };
  }
  if (datum.Value === undefined) {
    throw CloudWatchErrors.missingParameter(
      `At least one of the parameters MetricData.member.${position}.Value, StatisticValues or Values must be specified.`,
    );
  }
  const value = checked(datum.Value, position);
  return { timestamp, unit, count: 1, sum: value, min: value, max: value, values: [[value, 1]] };
}

function checked(value: number, position: number): number {
  if (!Number.isFinite(value)) {
    throw CloudWatchErrors.invalidParameterValue(
      `The value ${value} for parameter MetricData.member.${position}.Value is invalid.`,
    );
  }
  return value;
}
