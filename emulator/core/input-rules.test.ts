import { describe, expect, it } from "vitest";
import { reasonOf, withInputRules } from "./input-rules.js";
import type { ModelStructure } from "./model-shapes.js";
import { dottedPath, findViolations } from "./model-validation.js";

const entry: ModelStructure = {
  type: "structure",
  required: ["Id", "Body"],
  members: { Id: { type: "string" }, Body: { type: "string" }, Delay: { type: "integer" } },
};
const input: ModelStructure = {
  type: "structure",
  required: ["Url", "Entries"],
  members: {
    Url: { type: "string" },
    Wait: { type: "integer" },
    Entries: { type: "list", member: entry, flattened: true, memberName: "Entry", locationName: "Entry" },
    Attributes: { type: "map", key: { type: "string" }, value: entry },
  },
};

const found = (shape: ModelStructure, value: Record<string, unknown>) =>
  findViolations(value, shape).map((v) => `${v.kind} ${dottedPath(v.path)}`);

describe("withInputRules", () => {
  it("adds a range with AWS's reason, checked in model member order", () => {
    const ruled = withInputRules(input, { Wait: { min: 0, max: 20, reason: "Must be >= 0 and <= 20" } });
    const [violation] = findViolations({ Wait: 21, Url: "u", Entries: [] }, ruled);
    expect([violation.kind, dottedPath(violation.path), reasonOf(violation.shape)]).toEqual([
      "max",
      "Wait",
      "Must be >= 0 and <= 20",
    ]);
  });

  it("adds a pattern matched against the whole value", () => {
    const ruled = withInputRules(input, { Url: { pattern: "[a-z]{1,3}", reason: "short" } });
    expect(found(ruled, { Url: "abcd", Entries: [] })).toEqual(["pattern Url"]);
    expect(found(ruled, { Url: "abc", Entries: [] })).toEqual([]);
  });

  it("lifts a required member the action answers itself", () => {
    expect(found(withInputRules(input, { Url: { required: false } }), {})).toEqual(["required Entries"]);
  });

  it("reaches list elements and map values through members, keeping wire names", () => {
    const ruled = withInputRules(input, {
      Entries: { members: { Body: { required: false }, Delay: { max: 900, reason: "too late" } } },
      Attributes: { members: { Body: { required: false } } },
    });
    expect(
      found(ruled, { Url: "u", Entries: [{ Id: "a", Delay: 901 }], Attributes: { k: { Id: "b" } } }),
    ).toEqual(["max Entries.1.Delay"]);
    expect(ruled.members.Entries).toMatchObject({
      flattened: true,
      memberName: "Entry",
      locationName: "Entry",
    });
  });

  it("leaves the generated shape as it was", () => {
    withInputRules(input, { Url: { required: false }, Wait: { max: 1, reason: "r" } });
    expect(input.required).toEqual(["Url", "Entries"]);
    expect(input.members.Wait).toEqual({ type: "integer" });
  });

  it("refuses a rule for a member the model lacks, or lifting a requirement the model does not state", () => {
    expect(() => withInputRules(input, { Nope: { max: 1, reason: "r" } })).toThrow(/Nope/);
    expect(() => withInputRules(input, { Wait: { required: false } })).toThrow(/does not require/);
    expect(() => withInputRules(input, { Url: { members: {} } })).toThrow(/string/);
  });
});
