/**
 * One evaluation of a metric alarm, as "Evaluating an alarm" documents it: the alarm looks at its last
 * EvaluationPeriods complete periods (aligned to the period), computes the statistic of each, and goes to ALARM
 * when at least DatapointsToAlarm of them breach. Missing periods count as TreatMissingData says: `breaching`,
 * `notBreaching`, `ignore` (the state is kept when every period is missing) or `missing` (INSUFFICIENT_DATA when
 * every period is missing; otherwise only the present ones count).
 */
import type { AlarmRecord, AlarmState } from "./alarm.js";
import { evaluateExpression, MathError, type Series } from "./metricMath.js";
import type { MetricIdentity } from "./metricKey.js";
import type { MetricStore } from "./metricStore.js";
import { statisticOf } from "./statistics.js";

export interface EvaluatedPeriod {
  readonly start: number;
  readonly value: number | undefined;
  readonly sampleCount: number;
}

export interface Evaluation {
  readonly state: AlarmState;
  readonly reason: string;
  readonly reasonData: string;
  readonly periods: readonly EvaluatedPeriod[];
}

const COMPARISON_WORDS: Record<string, string> = {
  GreaterThanOrEqualToThreshold: "greater than or equal to",
  GreaterThanThreshold: "greater than",
  LessThanThreshold: "less than",
  LessThanOrEqualToThreshold: "less than or equal to",
};

export function breaches(value: number, operator: string, threshold: number): boolean {
  switch (operator) {
    case "GreaterThanOrEqualToThreshold":
      return value >= threshold;
    case "GreaterThanThreshold":
      return value > threshold;
    case "LessThanThreshold":
      return value < threshold;
    case "LessThanOrEqualToThreshold":
      return value <= threshold;
    default:
      return false;
  }
}

/** The new state of a single-metric alarm at `now`, or undefined when it cannot be evaluated (metric math). */
export function evaluateAlarm(alarm: AlarmRecord, metrics: MetricStore, now: number): Evaluation | undefined {
  const { config } = alarm;
  if (config.Threshold === undefined) return undefined;
  const range = evaluatedPeriods(alarm, metrics, now);
  if (range === undefined) return undefined;
  const { periods, stat, period } = range;
  const needed = config.DatapointsToAlarm ?? config.EvaluationPeriods;
  const threshold = config.Threshold;
  const present = periods.filter((p) => p.value !== undefined);
  const missing = periods.length - present.length;
  let breaching = present.filter((p) =>
    breaches(p.value as number, config.ComparisonOperator, threshold),
  ).length;
  if (config.TreatMissingData === "breaching") breaching += missing;
  let state: AlarmState;
  if (breaching >= needed) state = "ALARM";
  else if (present.length === 0 && config.TreatMissingData === "missing") state = "INSUFFICIENT_DATA";
  else if (present.length === 0 && config.TreatMissingData === "ignore") state = alarm.state;
  else state = "OK";
  const recent = present.map((p) => p.value as number).reverse();
  const words = COMPARISON_WORDS[config.ComparisonOperator] ?? config.ComparisonOperator;
  const described = recent.map(
    (v, i) => `${formatDouble(v)} (${formatDate(present[present.length - 1 - i].start)})`,
  );
  let reason: string;
  if (state === "INSUFFICIENT_DATA") {
    reason = `Insufficient Data: ${config.EvaluationPeriods} datapoint${config.EvaluationPeriods === 1 ? " was" : "s were"} unknown.`;
  } else {
    const count = state === "ALARM" ? breaching : periods.length - breaching;
    const verb = state === "ALARM" ? "" : "not ";
    reason =
      `Threshold Crossed: ${count} out of the last ${periods.length} datapoint${periods.length === 1 ? "" : "s"} ` +
      `[${described.join(", ")}] ${count === 1 ? "was" : "were"} ${verb}${words} the threshold (${formatDouble(threshold)}) ` +
      `(minimum ${needed} datapoint${needed === 1 ? "" : "s"} for ${state === "ALARM" ? "OK -> ALARM" : "ALARM -> OK"} transition).`;
  }
  const reasonData = JSON.stringify({
    version: "1.0",
    queryDate: awsTimestamp(now),
    startDate: awsTimestamp(periods[0].start),
    statistic: stat,
    period,
    recentDatapoints: recent,
    threshold,
    evaluatedDatapoints: [...periods]
      .reverse()
      .map((p) =>
        p.value === undefined
          ? { timestamp: awsTimestamp(p.start) }
          : { timestamp: awsTimestamp(p.start), sampleCount: p.sampleCount, value: p.value },
      ),
  });
  return { state, reason, reasonData, periods };
}

/** `5.0`, `0.5`: CloudWatch writes doubles with at least one decimal. */
export function formatDouble(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** `01/01/26 00:01:00`, as state reasons show datapoint times. */
function formatDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(2, 4)} ${iso.slice(11, 19)}`;
}

/** `2026-01-01T00:01:00.000+0000`, the timestamp format of alarm notifications and reason data. */
export function awsTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+0000");
}

interface EvaluationRange {
  readonly periods: EvaluatedPeriod[];
  /** The statistic (or, for metric math, the returned query's Id) the reason data names. */
  readonly stat: string;
  readonly period: number;
}

/**
 * The last EvaluationPeriods complete periods of what the alarm watches: its metric and statistic, or the
 * metric-math query it returns (`Metrics` with one ReturnData query). Undefined when it cannot be computed.
 */
function evaluatedPeriods(
  alarm: AlarmRecord,
  metrics: MetricStore,
  now: number,
): EvaluationRange | undefined {
  const { config } = alarm;
  const window = (periodSeconds: number): number[] => {
    const periodMs = periodSeconds * 1000;
    const end = Math.floor(now / periodMs) * periodMs;
    return Array.from(
      { length: config.EvaluationPeriods },
      (_, i) => end - (config.EvaluationPeriods - i) * periodMs,
    );
  };
  const statValue = (
    identity: MetricIdentity,
    stat: string,
    start: number,
    periodMs: number,
    unit?: string,
  ) => {
    const samples = metrics.samples(alarm.accountId, alarm.region, identity, start, start + periodMs, unit);
    return { value: statisticOf(samples, stat), sampleCount: samples.reduce((n, s) => n + s.count, 0) };
  };
  if (config.Metrics === undefined || config.Metrics.length === 0) {
    const stat = config.Statistic ?? config.ExtendedStatistic;
    if (config.MetricName === undefined || config.Namespace === undefined || config.Period === undefined)
      return undefined;
    if (stat === undefined) return undefined;
    const identity = { namespace: config.Namespace, name: config.MetricName, dimensions: config.Dimensions };
    const periodMs = config.Period * 1000;
    const periods = window(config.Period).map((start) => ({
      start,
      ...statValue(identity, stat, start, periodMs, config.Unit),
    }));
    return { periods, stat, period: config.Period };
  }
  return mathPeriods(config.Metrics as unknown as readonly MathQuery[], window, statValue);
}

interface MathQuery {
  readonly Id: string;
  readonly Expression?: string;
  readonly ReturnData?: boolean;
  readonly Period?: number;
  readonly MetricStat?: {
    readonly Metric: {
      readonly Namespace?: string;
      readonly MetricName?: string;
      readonly Dimensions?: MetricIdentity["dimensions"];
    };
    readonly Period: number;
    readonly Stat: string;
    readonly Unit?: string;
  };
}

function mathPeriods(
  queries: readonly MathQuery[],
  window: (periodSeconds: number) => number[],
  statValue: (
    identity: MetricIdentity,
    stat: string,
    start: number,
    periodMs: number,
    unit?: string,
  ) => { value: number | undefined; sampleCount: number },
): EvaluationRange | undefined {
  const returned =
    queries.find((query) => query.ReturnData === true) ?? queries.find((q) => q.ReturnData !== false);
  const period =
    returned?.Period ?? returned?.MetricStat?.Period ?? queries.find((q) => q.MetricStat)?.MetricStat?.Period;
  if (returned === undefined || period === undefined) return undefined;
  const starts = window(period);
  const byId = new Map(queries.map((query) => [query.Id, query]));
  const cache = new Map<string, Series>();
  const seriesOf = (id: string): Series => {
    const cached = cache.get(id);
    if (cached !== undefined) return cached;
    const query = byId.get(id);
    if (query === undefined) throw new MathError(`No query has the Id ${id}.`);
    cache.set(id, new Map());
    let series: Series;
    if (query.MetricStat !== undefined) {
      const stat = query.MetricStat;
      const identity = {
        namespace: stat.Metric.Namespace ?? "",
        name: stat.Metric.MetricName ?? "",
        dimensions: stat.Metric.Dimensions ?? [],
      };
      const points = new Map<number, number>();
      for (const start of starts) {
        const { value } = statValue(identity, stat.Stat, start, period * 1000, stat.Unit);
        if (value !== undefined) points.set(start, value);
      }
      series = points;
    } else {
      const value = evaluateExpression(query.Expression ?? "", seriesOf);
      series =
        value.kind === "series"
          ? value.series
          : value.kind === "scalar"
            ? new Map(starts.map((start) => [start, value.value]))
            : new Map();
    }
    cache.set(id, series);
    return series;
  };
  let result: Series;
  try {
    result = seriesOf(returned.Id);
  } catch (error) {
    if (error instanceof MathError) return undefined;
    throw error;
  }
  const periods = starts.map((start) => ({
    start,
    value: result.get(start),
    sampleCount: result.has(start) ? 1 : 0,
  }));
  return { periods, stat: returned.Id, period };
}
