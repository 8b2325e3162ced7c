import type { MetricDatum, Metrics } from "../core/metrics.js";

/**
 * The counters the dashboard shows, by the AWS metric that feeds each and the dimension naming the resource;
 * `latest` names gauges, whose last value is kept rather than summed.
 */
const COUNTED: Readonly<
  Record<
    string,
    { readonly dimension: string; readonly names: readonly string[]; readonly latest?: readonly string[] }
  >
> = {
  "AWS/SNS": {
    dimension: "TopicName",
    names: [
      "NumberOfMessagesPublished",
      "NumberOfNotificationsDelivered",
      "NumberOfNotificationsFailed",
      "NumberOfNotificationsFilteredOut",
    ],
  },
  "AWS/SQS": {
    dimension: "QueueName",
    names: ["NumberOfMessagesSent", "NumberOfMessagesReceived", "NumberOfMessagesDeleted"],
  },
  "AWS/Kinesis": { dimension: "StreamName", names: ["IncomingRecords", "GetRecords.Records"] },
  "AWS/Lambda": {
    dimension: "FunctionName",
    names: ["Invocations", "Errors", "Throttles"],
    latest: ["IteratorAge"],
  },
};

/** `account/region/namespace/resource` → metric name → running total (for a gauge, its latest value). */
export type CounterTotals = Record<string, Record<string, number>>;

export function counterKey(accountId: string, region: string, namespace: string, resource: string): string {
  return `${accountId}/${region}/${namespace}/${resource}`;
}

/**
 * Running totals of the services' own metrics from the moment the dashboard was first opened (listening turns
 * the services' metric recording on, so it starts only when someone looks). The page turns totals into rates.
 */
export class DashboardCounters {
  private readonly totals: CounterTotals = {};
  readonly since: number;

  constructor(metrics: Metrics, now: number) {
    this.since = now;
    metrics.listen((datum) => this.count(datum));
  }

  snapshot(): CounterTotals {
    return structuredClone(this.totals);
  }

  private count(datum: MetricDatum): void {
    const counted = COUNTED[datum.namespace];
    const latest = counted?.latest?.includes(datum.name) === true;
    if (counted === undefined || (!latest && !counted.names.includes(datum.name))) return;
    const resource = datum.dimensions[counted.dimension];
    // Per-resource series only: AWS also records some metrics without dimensions or with more of them.
    if (resource === undefined || Object.keys(datum.dimensions).length !== 1) return;
    const key = counterKey(datum.accountId, datum.region, datum.namespace, resource);
    const totals = (this.totals[key] ??= {});
    totals[datum.name] = latest ? datum.value : (totals[datum.name] ?? 0) + datum.value;
  }
}
