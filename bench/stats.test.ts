import { describe, expect, it } from "vitest";
import { median, percentile, summarizeLatencies } from "./stats.js";

describe("percentile", () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("returns the nearest-rank sample, so p50 of 1..100 is 50 and p99 is 99", () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
  });

  it("rounds the rank up, so p99 of ten samples is the largest", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it("returns the smallest sample for p0 and the only sample for a single one", () => {
    expect(percentile([3, 7], 0)).toBe(3);
    expect(percentile([42], 99)).toBe(42);
  });

  it("is NaN for no samples rather than a made-up zero", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarizeLatencies", () => {
  it("sorts its input numerically before taking percentiles", () => {
    const summary = summarizeLatencies([10, 9, 100, 2, 1]);
    expect(summary).toEqual({ p50: 9, p99: 100, max: 100 });
  });
});

describe("median", () => {
  it("takes the lower middle sample of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});
