import { operations } from "../../../generated/monitoring.js";
import { monitoringAction, toMillis, toSeconds } from "../action.js";
import type { Dimension } from "../alarm.js";
import { CloudWatchErrors } from "../errors.js";
import { bucketStatistic, buckets } from "../metricQuery.js";
import { isExtendedStatistic, isStatistic } from "../statistics.js";

interface Query {
  Id: string;
  MetricStat?: {
    Metric: { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] };
    Period: number;
    Stat: string;
    Unit?: string;
  };
  Expression?: string;
  Label?: string;
  ReturnData?: boolean;
}

interface Input {
  MetricDataQueries: Query[];
  StartTime: number | string;
  EndTime: number | string;
  ScanBy?: "TimestampDescending" | "TimestampAscending";
  MaxDatapoints?: number;
}

/**
 * Datapoints of each MetricStat query, newest first unless ScanBy says otherwise. Metric math expressions are
 * not evaluated here: a query with one fails with a sentence saying so.
 */
export const GetMetricData = monitoringAction<Input>(operations.GetMetricData, (model, input, ctx) => {
  const start = toMillis(input.StartTime);
  const end = toMillis(input.EndTime);
  const ids = new Set<string>();
  for (const query of input.MetricDataQueries) {
    if (ids.has(query.Id)) {
      throw CloudWatchErrors.validation(
        `The value ${query.Id} for field Id in MetricDataQueries is not unique.`,
      );
    }
    ids.add(query.Id);
    if (query.Expression !== undefined) {
      throw CloudWatchErrors.validation(
        `Query ${query.Id}: metric math expressions are not evaluated by the local emulator; use MetricStat queries.`,
      );
    }
    if (query.MetricStat === undefined) {
      throw CloudWatchErrors.validation(`Query ${query.Id} must specify either MetricStat or Expression.`);
    }
    if (!isStatistic(query.MetricStat.Stat) && !isExtendedStatistic(query.MetricStat.Stat)) {
      throw CloudWatchErrors.validation(
        `The value ${query.MetricStat.Stat} for field Stat of query ${query.Id} is not supported.`,
      );
    }
  }
  const results = input.MetricDataQueries.filter((query) => query.ReturnData !== false).map((query) => {
    const stat = query.MetricStat as NonNullable<Query["MetricStat"]>;
    const identity = {
      namespace: stat.Metric.Namespace ?? "",
      name: stat.Metric.MetricName ?? "",
      dimensions: stat.Metric.Dimensions ?? [],
    };
    const found = buckets(model, ctx.accountId, ctx.region, identity, {
      start,
      end,
      periodSeconds: stat.Period,
      unit: stat.Unit,
    })
      .map((bucket) => ({ start: bucket.start, value: bucketStatistic(bucket, stat.Stat) }))
      .filter((point): point is { start: number; value: number } => point.value !== undefined);
    if (input.ScanBy !== "TimestampAscending") found.reverse();
    const limited = input.MaxDatapoints === undefined ? found : found.slice(0, input.MaxDatapoints);
    return {
      Id: query.Id,
      Label: query.Label ?? identity.name,
      Timestamps: limited.map((point) => toSeconds(point.start)),
      Values: limited.map((point) => point.value),
      StatusCode: "Complete",
    };
  });
  return { MetricDataResults: results, Messages: [] };
});
