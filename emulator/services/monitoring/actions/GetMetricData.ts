import { operations } from "../../../generated/monitoring.js";
import { monitoringAction, toMillis, toSeconds } from "../action.js";
import type { Dimension } from "../alarm.js";
import { CloudWatchErrors } from "../errors.js";
import { evaluateExpression, MathError, type Series } from "../metricMath.js";
import { bucketStatistic, buckets } from "../metricQuery.js";
import type { MonitoringModel } from "../model.js";
import { isExtendedStatistic, isStatistic } from "../statistics.js";

interface MetricStat {
  Metric: { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] };
  Period: number;
  Stat: string;
  Unit?: string;
}

interface Query {
  Id: string;
  MetricStat?: MetricStat;
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
 * Each query's datapoints, newest first unless ScanBy says otherwise: MetricStat queries from the stored
 * datapoints, Expression queries by metric math over the other queries (see ../metricMath.ts for the subset).
 */
export const GetMetricData = monitoringAction<Input>(operations.GetMetricData, (model, input, ctx) => {
  const range = { start: toMillis(input.StartTime), end: toMillis(input.EndTime) };
  const queries = new Map<string, Query>();
  for (const query of input.MetricDataQueries) {
    if (queries.has(query.Id)) {
      throw CloudWatchErrors.validation(
        `The value ${query.Id} for field Id in MetricDataQueries is not unique.`,
      );
    }
    if ((query.MetricStat === undefined) === (query.Expression === undefined)) {
      throw CloudWatchErrors.validation(
        `Query ${query.Id} must specify exactly one of MetricStat and Expression.`,
      );
    }
    const stat = query.MetricStat?.Stat;
    if (stat !== undefined && !isStatistic(stat) && !isExtendedStatistic(stat)) {
      throw CloudWatchErrors.validation(
        `The value ${stat} for field Stat of query ${query.Id} is not supported.`,
      );
    }
    queries.set(query.Id, query);
  }
  const resolved = new Map<string, Series>();
  const resolving = new Set<string>();
  const seriesOf = (id: string): Series => {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const query = queries.get(id);
    if (query === undefined) throw new MathError(`No query has the Id ${id}.`);
    if (resolving.has(id)) throw new MathError(`Query ${id} refers to itself.`);
    resolving.add(id);
    const series =
      query.MetricStat !== undefined
        ? statSeries(model, ctx, query.MetricStat, range)
        : expressionSeries(query, seriesOf);
    resolving.delete(id);
    resolved.set(id, series);
    return series;
  };
  const results = input.MetricDataQueries.filter((query) => query.ReturnData !== false).map((query) => {
    let points: [number, number][];
    try {
      points = [...seriesOf(query.Id)].sort((a, b) => a[0] - b[0]);
    } catch (error) {
      if (error instanceof MathError)
        throw CloudWatchErrors.validation(`Query ${query.Id}: ${error.message}`);
      throw error;
    }
    if (input.ScanBy !== "TimestampAscending") points.reverse();
    if (input.MaxDatapoints !== undefined) points = points.slice(0, input.MaxDatapoints);
    return {
      Id: query.Id,
      Label: query.Label ?? query.MetricStat?.Metric.MetricName ?? query.Id,
      Timestamps: points.map(([timestamp]) => toSeconds(timestamp)),
      Values: points.map(([, value]) => value),
      StatusCode: "Complete",
    };
  });
  return { MetricDataResults: results, Messages: [] };
});

function statSeries(
  model: MonitoringModel,
  caller: { accountId: string; region: string },
  stat: MetricStat,
  range: { start: number; end: number },
): Series {
  const identity = {
    namespace: stat.Metric.Namespace ?? "",
    name: stat.Metric.MetricName ?? "",
    dimensions: stat.Metric.Dimensions ?? [],
  };
  const series = new Map<number, number>();
  for (const bucket of buckets(model, caller.accountId, caller.region, identity, {
    ...range,
    periodSeconds: stat.Period,
    unit: stat.Unit,
  })) {
    const value = bucketStatistic(bucket, stat.Stat);
    if (value !== undefined) series.set(bucket.start, value);
  }
  return series;
}

function expressionSeries(query: Query, seriesOf: (id: string) => Series): Series {
  const value = evaluateExpression(query.Expression as string, seriesOf);
  if (value.kind !== "series") {
    throw new MathError("the expression must return a time series, not a single number or a list.");
  }
  return value.series;
}
