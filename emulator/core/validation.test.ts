import { describe, expect, it } from "vitest";
import { AwsError } from "./errors.js";
import { validate, type ValidationErrors, type ValidationTable } from "./validation.js";

const errors: ValidationErrors = {
  missing: (path) => new AwsError("Missing", path),
  invalid: (path, _value, reason) => new AwsError("Invalid", `${path}:${reason}`),
};

const table: ValidationTable = {
  Name: { type: "string", required: true, maxLength: 5, pattern: /^[a-z]+$/, reason: "lowercase, at most 5" },
  Count: { type: "integer", min: 1, max: 10 },
  Mode: { type: "string", oneOf: ["a", "b"] },
  Flags: { type: "list", maxItems: 2, member: { type: "string" } },
  Labels: { type: "map", value: { type: "string" } },
  Entry: { type: "structure", members: { Id: { type: "string", required: true } } },
  Special: { type: "string", pattern: /^x$/, onInvalid: (path) => new AwsError("Special", path) },
};

function failure(input: Record<string, unknown>): [string, string] {
  try {
    validate(input, table, errors);
  } catch (error) {
    if (error instanceof AwsError) return [error.code, error.message];
    throw error;
  }
  return ["none", ""];
}

describe("declarative validation", () => {
  it("accepts input that satisfies every rule and ignores absent optional members", () => {
    expect(failure({ Name: "abc", Count: 3, Flags: ["x"], Labels: { k: "v" }, Entry: { Id: "1" } })).toEqual([
      "none",
      "",
    ]);
  });

  it("reports a missing required member", () => {
    expect(failure({})).toEqual(["Missing", "Name"]);
  });

  it("treats a member of the wrong type as a table that disagrees with the input shape: a TypeError", () => {
    expect(() => validate({ Name: 5 }, table, errors)).toThrow(
      new TypeError(
        "validation table expects string at Name but the decoded input holds a number: the table and the input shape disagree",
      ),
    );
    expect(() => validate({ Name: "a", Count: 1.5 }, table, errors)).toThrow("expects integer at Count");
    expect(() => validate({ Name: "a", Labels: [] }, table, errors)).toThrow("expects map at Labels but");
  });

  it("reports length, pattern, range and enum violations with the rule's reason", () => {
    expect(failure({ Name: "abcdef" })).toEqual(["Invalid", "Name:lowercase, at most 5"]);
    expect(failure({ Name: "ABC" })).toEqual(["Invalid", "Name:lowercase, at most 5"]);
    expect(failure({ Name: "a", Count: 11 })).toEqual(["Invalid", "Count:Must be between 1 and 10"]);
    expect(failure({ Name: "a", Mode: "c" })).toEqual(["Invalid", "Mode:Must be one of a, b"]);
    expect(failure({ Name: "a", Flags: ["1", "2", "3"] })).toEqual([
      "Invalid",
      "Flags:Must have at most 2 items",
    ]);
  });

  it("checks list members, map values and structure members with dotted paths", () => {
    expect(() => validate({ Name: "a", Flags: ["ok", 7] }, table, errors)).toThrow("at Flags.2 ");
    expect(() => validate({ Name: "a", Labels: { k: 1 } }, table, errors)).toThrow("at Labels.k ");
    expect(failure({ Name: "a", Entry: {} })).toEqual(["Missing", "Entry.Id"]);
  });

  it("lets a rule substitute its own error", () => {
    expect(failure({ Name: "a", Special: "y" })).toEqual(["Special", "Special"]);
  });
});
