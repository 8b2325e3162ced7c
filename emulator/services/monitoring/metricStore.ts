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

  add(accountId: string, region: string, identity: MetricIdentity, sample: Sample, receivedAt: number): void {
    const key = metricKey(accountId, region, identity);
    let metric = this.metrics.get(key);
    if (metric === undefined) {
      metric = { accountId, region, identity, samples: [], lastReceived: receivedAt };
      this.metrics.set(key, metric);
    }
    metric.lastReceived = Math.max(metric.lastReceived, receivedAt);
    const samples = metric.samples;
    let index = samples.length;
    while (index > 0 && samples[index - 1].timestamp > sample.timestamp) index--;
    samples.splice(index, 0, sample);
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
