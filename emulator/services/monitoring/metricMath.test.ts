import { describe, expect, it } from "vitest";
import { evaluateExpression, MathError, type Series } from "./metricMath.js";

const series: Record<string, Series> = {
  errors: new Map([
    [1, 2],
    [2, 4],
  ]),
  requests: new Map([
    [1, 10],
    [2, 20],
    [3, 30],
  ]),
};
const lookup = (id: string): Series => {
  const found = series[id];
  if (found === undefined) throw new MathError(`No query ${id}.`);
  return found;
};
const evaluate = (expression: string) => evaluateExpression(expression, lookup);

describe("metric math", () => {
  it("combines two series on the timestamps both have, with precedence and parentheses", () => {
    expect(evaluate("100 * errors / requests")).toEqual({
      kind: "series",
      series: new Map([
        [1, 20],
        [2, 20],
      ]),
    });
    expect(evaluate("-(requests - 5) * 2")).toEqual({
      kind: "series",
      series: new Map([
        [1, -10],
        [2, -30],
        [3, -50],
      ]),
    });
  });

  it("SUM of a list is a series of per-timestamp sums; SUM of one series is a number", () => {
    expect(evaluate("SUM([errors, requests])")).toEqual({
      kind: "series",
      series: new Map([
        [1, 12],
        [2, 24],
        [3, 30],
      ]),
    });
    expect(evaluate("MAX(requests)")).toEqual({ kind: "scalar", value: 30 });
  });

  it("unknown ids and malformed expressions fail with a sentence", () => {
    expect(() => evaluate("missing + 1")).toThrow(MathError);
    expect(() => evaluate("errors +")).toThrow(MathError);
    expect(() => evaluate("errors $ 2")).toThrow(MathError);
  });
});
