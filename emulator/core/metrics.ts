/**
 * Services record CloudWatch datapoints through this interface, with AWS's namespaces, names, dimensions and
 * units; the CloudWatch service stores and serves them. Recording is cheap when nobody listens: `enabled`
 * lets a hot path skip building datapoints.
 */

/** CloudWatch's units, as PutMetricData spells them. */
export type MetricUnit =
  | "Seconds"
  | "Microseconds"
  | "Milliseconds"
  | "Bytes"
  | "Kilobytes"
  | "Megabytes"
  | "Count"
  | "Percent"
  | "Bytes/Second"
  | "Count/Second"
  | "None";

export interface MetricDatum {
  readonly accountId: string;
  readonly region: string;
  /** `AWS/SQS`, `AWS/SNS`, `AWS/Kinesis`, `AWS/Lambda`, or a custom namespace. */
  readonly namespace: string;
  readonly name: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly unit: MetricUnit;
  readonly value: number;
  /** Epoch milliseconds, from the core's clock. */
  readonly timestamp: number;
}

export interface Metrics {
  /** True when a listener is attached; skip building datapoints otherwise. */
  readonly enabled: boolean;
  record(datum: MetricDatum): void;
  /**
   * Receives every datapoint recorded from now on (the CloudWatch service stores them); returns the listener's
   * removal.
   */
  listen(listener: (datum: MetricDatum) => void): () => void;
}

/** The core's metrics: hands each datapoint to every listener (the CloudWatch service, a test). */
export class MetricsHub implements Metrics {
  private readonly listeners = new Set<(datum: MetricDatum) => void>();

  get enabled(): boolean {
    return this.listeners.size > 0;
  }

  record(datum: MetricDatum): void {
    for (const listener of this.listeners) listener(datum);
  }

  /** Returns the listener's removal. */
  listen(listener: (datum: MetricDatum) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
