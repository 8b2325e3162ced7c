import { describe, expect, it } from "vitest";
import { MetricsHub, type MetricDatum } from "../core/metrics.js";
import { counterKey, DashboardCounters } from "./counters.js";

const lambdaDatum = (
  name: string,
  value: number,
  dimensions: Record<string, string> = { FunctionName: "consumer" },
): MetricDatum => ({
  accountId: "000000000000",
  region: "us-east-1",
  namespace: "AWS/Lambda",
  name,
  dimensions,
  unit: name === "IteratorAge" ? "Milliseconds" : "Count",
  value,
  timestamp: 0,
});

describe("dashboard counters", () => {
  const key = counterKey("000000000000", "us-east-1", "AWS/Lambda", "consumer");

  it("sums counts and keeps a gauge's latest value (IteratorAge)", () => {
    const metrics = new MetricsHub();
    const counters = new DashboardCounters(metrics, 0);
    for (const [name, value] of [
      ["Invocations", 1],
      ["IteratorAge", 900],
      ["Invocations", 1],
      ["IteratorAge", 40],
    ] as const)
      metrics.record(lambdaDatum(name, value));
    expect(counters.snapshot()[key]).toEqual({ Invocations: 2, IteratorAge: 40 });
  });

  it("leaves out a function's per-version series, counted already by function name", () => {
    const metrics = new MetricsHub();
    const counters = new DashboardCounters(metrics, 0);
    metrics.record(lambdaDatum("Invocations", 1));
    metrics.record(lambdaDatum("Invocations", 1, { FunctionName: "consumer", Resource: "consumer:live" }));
    expect(counters.snapshot()[key]).toEqual({ Invocations: 1 });
  });
});
