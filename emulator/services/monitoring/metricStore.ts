import { metricKey, type MetricIdentity } from "./metricKey.js";
import type { Sample } from "./statistics.js";

export interface StoredMetric {
  readonly accountId: string;
  readonly region: string;
  readonly identity: MetricIdentity;
  /** Sorted by timestamp. */
  samples: Sample[];
  /** When the metric last received a datapoint (ListMetrics' RecentlyActive), epoch ms. */
  lastReceived: number;
}

/** Datapoints per metric, kept for a window; what PutMetricData and the services' own metrics add. */
export class MetricStore {
  private readonly metrics = new Map<string, StoredMetric>();

  /**
   * Adds a datapoint and returns the sample that now holds it: datapoints of the same metric, unit and second
   * are merged into one sample (CloudWatch's finest resolution is a second), so a busy queue's per-call
   * counters do not grow memory with every call.
   */
  add(
    accountId: string,
    region: string,
    identity: MetricIdentity,
    sample: Sample,
    receivedAt: number,
  ): Sample {
    const key = metricKey(accountId, region, identity);
    let metric = this.metrics.get(key);
    if (metric === undefined) {
      metric = { accountId, region, identity, samples: [], lastReceived: receivedAt };
      this.metrics.set(key, metric);
    }
    metric.lastReceived = Math.max(metric.lastReceived, receivedAt);
    const samples = metric.samples;
    const second = secondOf(sample.timestamp);
    let index = samples.length;
    while (index > 0 && samples[index - 1].timestamp > sample.timestamp) index--;
    for (let i = index - 1; i >= 0 && secondOf(samples[i].timestamp) === second; i--) {
      if (samples[i].unit !== sample.unit) continue;
      const merged = mergeSamples(samples[i], sample);
      samples[i] = merged;
      return merged;
    }
    for (let i = index; i < samples.length && secondOf(samples[i].timestamp) === second; i++) {
      if (samples[i].unit !== sample.unit) continue;
      const merged = mergeSamples(samples[i], sample);
      samples[i] = merged;
      return merged;
    }
    const stored = { ...sample, timestamp: second * 1000 };
    samples.splice(index, 0, stored);
    return stored;
  }

  /** Samples of one metric in [start, end), optionally of one unit. */
  samples(
    accountId: string,
    region: string,
    identity: MetricIdentity,
    start: number,
    end: number,
    unit?: string,
  ): Sample[] {
    const metric = this.metrics.get(metricKey(accountId, region, identity));
    if (metric === undefined) return [];
    return metric.samples.filter(
      (sample) =>
        sample.timestamp >= start && sample.timestamp < end && (unit === undefined || sample.unit === unit),
    );
  }

  list(accountId: string, region: string): StoredMetric[] {
    return [...this.metrics.values()].filter((m) => m.accountId === accountId && m.region === region);
  }

  all(): IterableIterator<StoredMetric> {
    return this.metrics.values();
  }

  /** Forgets samples older than `oldest` and metrics left without any; true when something was dropped. */
  prune(oldest: number): boolean {
    let dropped = false;
    for (const [key, metric] of this.metrics) {
      const kept = metric.samples.filter((sample) => sample.timestamp >= oldest);
      if (kept.length !== metric.samples.length) dropped = true;
      if (kept.length === 0) this.metrics.delete(key);
      else metric.samples = kept;
    }
    return dropped;
  }

  clear(): void {
    this.metrics.clear();
  }
}

function secondOf(timestamp: number): number {
  return Math.floor(timestamp / 1000);
}

/** One sample holding both: counts and sums add up, raw values are kept (equal values share a count). */
function mergeSamples(a: Sample, b: Sample): Sample {
  let values: [number, number][] | undefined;
  if (a.values !== undefined && b.values !== undefined) {
    const counts = new Map<number, number>();
    for (const [value, count] of [...a.values, ...b.values])
      counts.set(value, (counts.get(value) ?? 0) + count);
    values = [...counts.entries()];
  }
  return {
    timestamp: a.timestamp,
    unit: a.unit,
    count: a.count + b.count,
    sum: a.sum + b.sum,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    values,
  };
}
