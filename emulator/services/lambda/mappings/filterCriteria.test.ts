import { describe, expect, it } from "vitest";
import { AwsError } from "../../../core/errors.js";
import { checkFilterCriteria } from "./filterCriteria.js";

function problemWith(pattern: string): string | undefined {
  try {
    checkFilterCriteria({ Filters: [{ Pattern: pattern }] });
    return undefined;
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    expect(error.code).toBe("InvalidParameterValueException");
    return error.message;
  }
}

describe("FilterCriteria patterns", () => {
  const accepted: [string, object][] = [
    ["equality, null and empty string", { data: { kind: ["order", null, ""] } }],
    ["prefix and suffix", { data: { id: [{ prefix: "ord-" }, { suffix: ".png" }] } }],
    ["equals-ignore-case", { data: { kind: [{ "equals-ignore-case": "ORDER" }] } }],
    [
      "anything-but a value, a list and a prefix",
      {
        a: [{ "anything-but": "x" }],
        b: [{ "anything-but": [1, 2] }],
        c: [{ "anything-but": { prefix: "t" } }],
      },
    ],
    ["numeric equality and a range", { n: [{ numeric: ["=", 5] }], m: [{ numeric: [">", 0, "<=", 10] }] }],
    ["exists and does-not-exist", { a: [{ exists: true }], b: [{ exists: false }] }],
    ["nested objects", { body: { detail: { status: ["ok"] } } }],
  ];
  for (const [what, pattern] of accepted) {
    it(`accepts ${what}`, () => {
      expect(problemWith(JSON.stringify(pattern))).toBeUndefined();
    });
  }

  const refused: [string, string][] = [
    ["text that is not JSON", "{oops"],
    ["a pattern that is not an object", "[1]"],
    ["an empty object", "{}"],
    ["a leaf that is a bare string", '{"a":"b"}'],
    ["an empty list of values", '{"a":[]}'],
    ["an unknown operator", '{"a":[{"near":1}]}'],
    ["two operators in one object", '{"a":[{"prefix":"x","suffix":"y"}]}'],
    ["numeric with an unknown comparison", '{"a":[{"numeric":["~",1]}]}'],
    ["numeric with a text bound", '{"a":[{"numeric":[">","1"]}]}'],
    ["exists with a string", '{"a":[{"exists":"yes"}]}'],
    ["anything-but mixing strings and numbers", '{"a":[{"anything-but":["x",1]}]}'],
  ];
  for (const [what, pattern] of refused) {
    it(`refuses ${what}`, () => {
      expect(problemWith(pattern)).toMatch(/^Invalid filter pattern definition: /);
    });
  }

  it("refuses more than five filters", () => {
    const filters = Array.from({ length: 6 }, () => ({ Pattern: '{"a":[1]}' }));
    expect(() => checkFilterCriteria({ Filters: filters })).toThrow(/at most 5/);
  });
});
