import type { MetricIdentity } from "./metricKey.js";
import type { MonitoringModel } from "./model.js";
import { statisticOf, type Sample } from "./statistics.js";

export interface Bucket {
  /** Epoch ms of the bucket's start. */
  readonly start: number;
  readonly samples: Sample[];
}

/**
 * A metric's samples in [start, end) grouped into period-long buckets aligned to multiples of the period (as
 * CloudWatch aligns them), ascending; empty buckets are left out.
 */
export function buckets(
  model: MonitoringModel,
  accountId: string,
  region: string,
  identity: MetricIdentity,
  range: { start: number; end: number; periodSeconds: number; unit?: string },
): Bucket[] {
  const periodMs = range.periodSeconds * 1000;
  const alignedStart = Math.floor(range.start / periodMs) * periodMs;
  const byStart = new Map<number, Sample[]>();
  for (const sample of model.metrics.samples(
    accountId,
    region,
    identity,
    alignedStart,
    range.end,
    range.unit,
  )) {
    const start = Math.floor(sample.timestamp / periodMs) * periodMs;
    let bucket = byStart.get(start);
    if (bucket === undefined) byStart.set(start, (bucket = []));
    bucket.push(sample);
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([start, samples]) => ({ start, samples }));
}

export function bucketStatistic(bucket: Bucket, stat: string): number | undefined {
  return statisticOf(bucket.samples, stat);
}

/** The unit GetMetricStatistics reports: the requested one, else the samples' own when they agree, else None. */
export function unitOf(samples: readonly Sample[], requested: string | undefined): string {
  if (requested !== undefined) return requested;
  const units = new Set(samples.map((sample) => sample.unit));
  return units.size === 1 ? [...units][0] : "None";
}
