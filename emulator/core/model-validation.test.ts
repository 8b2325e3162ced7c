import { describe, expect, it } from "vitest";
import { operations as kinesis } from "../generated/kinesis.js";
import { coralReporter, coralValidationMessage } from "./coral-validation.js";
import { AwsError } from "./errors.js";
import type { ModelStructure } from "./model-shapes.js";
import {
  dottedPath,
  findViolations,
  matches,
  validateModelInput,
  type Violation,
  type ViolationReporter,
} from "./model-validation.js";

const shape: ModelStructure = {
  type: "structure",
  required: ["Name", "Entries"],
  members: {
    Name: { type: "string", min: 1, max: 5, pattern: "[a-z]+" },
    Count: { type: "integer", min: 1, max: 10 },
    Mode: { type: "string", enum: ["fast", "slow"] },
    Data: { type: "blob", max: 3 },
    Entries: {
      type: "list",
      max: 2,
      member: { type: "structure", required: ["Id"], members: { Id: { type: "string", max: 3 } } },
    },
    Codes: { type: "list", member: { type: "string", max: 2 } },
    Labels: { type: "map", key: { type: "string", min: 2 }, value: { type: "string", max: 1 } },
  },
};

function kinds(input: Record<string, unknown>): string[] {
  return findViolations(input, shape).map((v) => `${v.kind} ${dottedPath(v.path)}`);
}

describe("findViolations", () => {
  it("accepts input that meets every constraint and ignores absent optional members", () => {
    expect(kinds({ Name: "abc", Entries: [{ Id: "1" }], Count: 10, Mode: "slow", Data: "AAAA" })).toEqual([]);
  });

  it("reports missing required members, treating null as absent, in model member order", () => {
    expect(kinds({ Name: null })).toEqual(["required Name", "required Entries"]);
  });

  it("reports values of the wrong type without checking their constraints", () => {
    expect(kinds({ Name: 5, Entries: {} })).toEqual(["type Name", "type Entries"]);
  });

  it("checks pattern before lengths, as AWS lists them", () => {
    expect(kinds({ Name: "", Entries: [] })).toEqual(["pattern Name", "minLength Name"]);
    expect(kinds({ Name: "abcdef", Entries: [] })).toEqual(["maxLength Name"]);
  });

  it("checks number ranges and enum values", () => {
    expect(kinds({ Name: "a", Entries: [], Count: 0, Mode: "medium" })).toEqual(["min Count", "enum Mode"]);
    expect(kinds({ Name: "a", Entries: [], Count: 11 })).toEqual(["max Count"]);
  });

  it("leaves enum values, in members and in map keys, unchecked when asked to", () => {
    const keyed: ModelStructure = {
      type: "structure",
      members: {
        Mode: shape.members.Mode,
        Flags: { type: "map", key: { type: "string", enum: ["on"] }, value: { type: "string" } },
      },
    };
    const input = { Mode: "medium", Flags: { off: "x" } };
    expect(findViolations(input, keyed).map((v) => v.kind)).toEqual(["enum", "mapKey"]);
    expect(findViolations(input, keyed, Number.POSITIVE_INFINITY, false)).toEqual([]);
  });

  it("measures blobs in decoded bytes, not base64 characters", () => {
    expect(kinds({ Name: "a", Entries: [], Data: Buffer.from("abc").toString("base64") })).toEqual([]);
    expect(kinds({ Name: "a", Entries: [], Data: Buffer.from("abcd").toString("base64") })).toEqual([
      "maxLength Data",
    ]);
  });

  it("checks list sizes and walks into structure elements", () => {
    expect(kinds({ Name: "a", Entries: [{ Id: "1" }, {}, { Id: "1234" }] })).toEqual([
      "maxLength Entries",
      "required Entries.2.Id",
      "maxLength Entries.3.Id",
    ]);
  });

  it("reports scalar list elements and map keys and values once per broken constraint, on the collection", () => {
    const found = findViolations(
      { Name: "a", Entries: [], Codes: ["abc", "xyz"], Labels: { k: "vv" } },
      shape,
    );
    expect(found.map((v) => [v.kind, dottedPath(v.path), v.inner?.map((i) => i.kind)])).toEqual([
      ["listMember", "Codes", ["maxLength"]],
      ["mapKey", "Labels", ["minLength"]],
      ["mapValue", "Labels", ["maxLength"]],
    ]);
  });

  it("stops at the limit it is given", () => {
    expect(findViolations({}, shape, 1)).toHaveLength(1);
  });
});

describe("matches", () => {
  it("requires the whole value to match, as Java's Matcher.matches does", () => {
    expect(matches("[a-z]+", "abc")).toBe(true);
    expect(matches("[a-z]+", "abc1")).toBe(false);
    expect(matches("0|([1-9]\\d{0,38})", "10")).toBe(true);
    expect(matches("0|([1-9]\\d{0,38})", "01")).toBe(false);
  });

  it("accepts Unicode property classes and patterns only non-Unicode mode compiles", () => {
    expect(matches("[\\p{L}]+", "ñandú")).toBe(true);
    expect(matches("[\\w-_]*", "a-b_c")).toBe(true);
  });
});

describe("validateModelInput", () => {
  const firstOnly: ViolationReporter = {
    collect: "first",
    error: (violations: readonly Violation[]) =>
      new AwsError(
        violations[0].kind === "required" ? "MissingParameter" : "InvalidParameterValue",
        `${violations.length} ${dottedPath(violations[0].path)}`,
      ),
  };

  it("throws the reporter's error for the first violation in first mode", () => {
    expect(() => validateModelInput({ Name: "", Entries: [] }, shape, firstOnly)).toThrow(
      new AwsError("InvalidParameterValue", "1 Name"),
    );
    expect(() => validateModelInput({}, shape, firstOnly)).toThrow(
      new AwsError("MissingParameter", "1 Name"),
    );
  });

  it("returns normally for valid input", () => {
    expect(validateModelInput({ Name: "a", Entries: [] }, shape, firstOnly)).toBeUndefined();
  });
});

describe("Coral aggregate messages from the generated Kinesis shapes", () => {
  const reporter = coralReporter({
    validation: (message) => new AwsError("ValidationException", message),
    serialization: (violation) =>
      new AwsError("SerializationException", `type ${dottedPath(violation.path)}`),
  });

  function message(input: Record<string, unknown>, inputShape: ModelStructure): string {
    try {
      validateModelInput(input, inputShape, reporter);
    } catch (error) {
      if (error instanceof AwsError) return `${error.code}: ${error.message}`;
      throw error;
    }
    return "valid";
  }

  it("lists every violation in AWS's wording for PutRecords with an empty stream name and no records", () => {
    // The same request and reply as kinesalite's PutRecords test recorded against real Kinesis.
    expect(message({ StreamName: "", Records: [] }, kinesis.PutRecords.input)).toBe(
      "ValidationException: 3 validation errors detected: " +
        "Value '[]' at 'records' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '' at 'streamName' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("says 'error' for one violation, shows null for a missing member and quotes numbers", () => {
    expect(message({}, kinesis.PutRecords.input)).toBe(
      "ValidationException: 1 validation error detected: " +
        "Value null at 'records' failed to satisfy constraint: Member must not be null",
    );
    expect(message({ StreamName: "s", ShardCount: 0 }, kinesis.CreateStream.input)).toBe(
      "ValidationException: 1 validation error detected: " +
        "Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it("names nested members as records.N.member.name and shows blobs as Java byte buffers", () => {
    const records = [{ PartitionKey: "", Data: "AAAA" }];
    expect(message({ StreamName: "s", Records: records }, kinesis.PutRecords.input)).toBe(
      "ValidationException: 1 validation error detected: " +
        "Value '' at 'records.1.member.partitionKey' failed to satisfy constraint: " +
        "Member must have length greater than or equal to 1",
    );
    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString("base64");
    expect(
      message({ StreamName: "s", Records: [{ PartitionKey: "k", Data: big }] }, kinesis.PutRecords.input),
    ).toBe(
      "ValidationException: 1 validation error detected: " +
        "Value 'java.nio.HeapByteBuffer[pos=0 lim=10485761 cap=10485761]' at 'records.1.member.data' " +
        "failed to satisfy constraint: Member must have length less than or equal to 10485760",
    );
  });

  it("lists an enum's allowed values in model order", () => {
    const input = { StreamName: "s", StreamModeDetails: { StreamMode: "FAST" } };
    expect(message(input, kinesis.CreateStream.input)).toBe(
      "ValidationException: 1 validation error detected: " +
        "Value 'FAST' at 'streamModeDetails.streamMode' failed to satisfy constraint: " +
        "Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]",
    );
  });

  it("stops at ten violations", () => {
    const records = Array.from({ length: 12 }, () => ({ PartitionKey: "", Data: "" }));
    const text = message({ Records: records }, kinesis.PutRecords.input);
    expect(text).toMatch(/^ValidationException: 10 validation errors detected: /);
    expect(text.split("; ")).toHaveLength(10);
  });

  it("reports a wrong type on its own instead of aggregating it", () => {
    expect(message({ StreamName: "s", Records: "x" }, kinesis.PutRecords.input)).toBe(
      "SerializationException: type Records",
    );
  });

  it("formats list-member and map-key violations with AWS's bracketed inner constraints", () => {
    const tags = { "": "v" };
    expect(message({ StreamName: "s", Tags: tags }, kinesis.CreateStream.input)).toBe(
      "ValidationException: 1 validation error detected: " +
        "Value '{=v}' at 'tags' failed to satisfy constraint: " +
        "Map keys must satisfy constraint: [Member must have length greater than or equal to 1]",
    );
    const violations = findViolations(
      { ShardIds: ["x".repeat(200)] },
      {
        type: "structure",
        members: { ShardIds: { type: "list", member: { type: "string", max: 128 } } },
      },
    );
    expect(coralValidationMessage(violations)).toBe(
      `1 validation error detected: Value '[${"x".repeat(200)}]' at 'shardIds' failed to satisfy constraint: ` +
        "Member must satisfy constraint: [Member must have length less than or equal to 128]",
    );
  });
});
