import { describe, expect, it } from "vitest";
import { MetricStore } from "./metricStore.js";
import { statisticOf } from "./statistics.js";

const identity = {
  namespace: "AWS/SQS",
  name: "SentMessageSize",
  dimensions: [{ Name: "QueueName", Value: "q" }],
};
const datum = (timestamp: number, value: number, unit = "Bytes") => ({
  timestamp,
  unit,
  count: 1,
  sum: value,
  min: value,
  max: value,
  values: [[value, 1]] as [number, number][],
});

describe("MetricStore", () => {
  it("merges datapoints of one metric, unit and second into one sample that keeps every statistic", () => {
    const store = new MetricStore();
    for (let i = 0; i < 1000; i++) store.add("1", "r", identity, datum(5_000 + (i % 1000), i % 10), 0);
    const samples = store.samples("1", "r", identity, 0, 10_000);
    expect(samples).toHaveLength(1);
    expect(statisticOf(samples, "SampleCount")).toBe(1000);
    expect(statisticOf(samples, "Sum")).toBe(4500);
    expect(statisticOf(samples, "Maximum")).toBe(9);
    expect(statisticOf(samples, "p50")).toBe(4);
    expect(samples[0].values).toHaveLength(10);
  });

  it("keeps samples of different units or seconds apart, in time order", () => {
    const store = new MetricStore();
    store.add("1", "r", identity, datum(3_500, 1), 0);
    store.add("1", "r", identity, datum(1_200, 2), 0);
    store.add("1", "r", identity, datum(1_900, 3, "Count"), 0);
    const samples = store.samples("1", "r", identity, 0, 10_000);
    expect(samples.map((s) => [s.timestamp, s.unit, s.sum])).toEqual([
      [1_000, "Bytes", 2],
      [1_000, "Count", 3],
      [3_000, "Bytes", 1],
    ]);
  });
});
