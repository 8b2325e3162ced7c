/** A metric's identity: namespace, name and its dimensions as a set (their order does not matter to CloudWatch). */
export interface MetricIdentity {
  readonly namespace: string;
  readonly name: string;
  readonly dimensions: readonly { readonly Name: string; readonly Value: string }[];
}

export function metricKey(accountId: string, region: string, metric: MetricIdentity): string {
  const dimensions = [...metric.dimensions]
    .map((d) => `${d.Name}=${d.Value}`)
    .sort()
    .join(",");
  return JSON.stringify([accountId, region, metric.namespace, metric.name, dimensions]);
}
