import type { MetricUnit, Metrics } from "../../core/metrics.js";

/** Where a datapoint belongs: the function, and the version or alias it was invoked through if any. */
export interface MetricTarget {
  readonly accountId: string;
  readonly region: string;
  readonly functionName: string;
  /** The qualifier the caller used (`live`, `3`); absent for unqualified calls. */
  readonly qualifier?: string;
}

/**
 * AWS/Lambda datapoints as Lambda publishes them: by FunctionName, and by FunctionName + Resource
 * (`NAME:QUALIFIER`) for calls through a version or alias.
 */
export function recordLambdaMetric(
  metrics: Metrics,
  now: number,
  target: MetricTarget,
  name: "Invocations" | "Errors" | "Throttles" | "Duration" | "ConcurrentExecutions" | "IteratorAge",
  value: number,
): void {
  if (!metrics.enabled) return;
  const unit: MetricUnit = name === "Duration" || name === "IteratorAge" ? "Milliseconds" : "Count";
  const base = {
    accountId: target.accountId,
    region: target.region,
    namespace: "AWS/Lambda",
    name,
    unit,
    value,
    timestamp: now,
  };
  metrics.record({ ...base, dimensions: { FunctionName: target.functionName } });
  if (target.qualifier !== undefined) {
    metrics.record({
      ...base,
      dimensions: {
        FunctionName: target.functionName,
        Resource: `${target.functionName}:${target.qualifier}`,
      },
    });
  }
}
