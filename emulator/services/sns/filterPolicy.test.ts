import { describe, expect, it } from "vitest";
import { AwsError } from "../../core/errors.js";
import { attributeLookup, bodyLookup } from "./filterInput.js";
import { compileFilterPolicy } from "./filterPolicy.js";
import type { MessageAttributes } from "./messageAttributes.js";

function matchesAttributes(policy: unknown, attributes: MessageAttributes): boolean {
  return compileFilterPolicy(JSON.stringify(policy), "MessageAttributes").matches(
    attributeLookup(attributes),
  );
}

function matchesBody(policy: unknown, body: unknown): boolean {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return compileFilterPolicy(JSON.stringify(policy), "MessageBody").matches(bodyLookup(text));
}

const str = (value: string) => ({ DataType: "String", StringValue: value });
const num = (value: string) => ({ DataType: "Number", StringValue: value });
const arr = (value: unknown[]) => ({ DataType: "String.Array", StringValue: JSON.stringify(value) });

function policyError(
  policy: unknown,
  scope: "MessageAttributes" | "MessageBody" = "MessageAttributes",
): AwsError {
  try {
    compileFilterPolicy(typeof policy === "string" ? policy : JSON.stringify(policy), scope);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error("the policy was accepted");
}

describe("filter policy operators on message attributes", () => {
  it("an exact string matches only that String value", () => {
    expect(matchesAttributes({ colour: ["blue", "red"] }, { colour: str("red") })).toBe(true);
    expect(matchesAttributes({ colour: ["blue"] }, { colour: str("green") })).toBe(false);
  });

  it("an exact number matches a Number attribute numerically", () => {
    expect(matchesAttributes({ size: [5] }, { size: num("5.0") })).toBe(true);
    expect(matchesAttributes({ size: [5] }, { size: str("5") })).toBe(false);
  });

  it("a String.Array attribute matches when one element does", () => {
    expect(matchesAttributes({ tags: ["b"] }, { tags: arr(["a", "b"]) })).toBe(true);
    expect(matchesAttributes({ tags: ["c"] }, { tags: arr(["a", "b"]) })).toBe(false);
  });

  it("prefix and suffix match the start and the end of a string", () => {
    expect(matchesAttributes({ k: [{ prefix: "eu-" }] }, { k: str("eu-west-1") })).toBe(true);
    expect(matchesAttributes({ k: [{ prefix: "eu-" }] }, { k: str("us-east-1") })).toBe(false);
    expect(matchesAttributes({ k: [{ suffix: ".png" }] }, { k: str("cat.png") })).toBe(true);
    expect(matchesAttributes({ k: [{ suffix: ".png" }] }, { k: str("cat.jpg") })).toBe(false);
  });

  it("equals-ignore-case ignores case, also inside prefix and suffix", () => {
    expect(matchesAttributes({ k: [{ "equals-ignore-case": "BLUE" }] }, { k: str("Blue") })).toBe(true);
    expect(matchesAttributes({ k: [{ prefix: { "equals-ignore-case": "EU-" } }] }, { k: str("eu-1") })).toBe(
      true,
    );
    expect(
      matchesAttributes({ k: [{ suffix: { "equals-ignore-case": ".PNG" } }] }, { k: str("a.png") }),
    ).toBe(true);
  });

  it("anything-but excludes a value, a list, a prefix, a suffix or a wildcard", () => {
    expect(matchesAttributes({ k: [{ "anything-but": "red" }] }, { k: str("blue") })).toBe(true);
    expect(matchesAttributes({ k: [{ "anything-but": ["red", "blue"] }] }, { k: str("blue") })).toBe(false);
    expect(matchesAttributes({ k: [{ "anything-but": [1, 2] }] }, { k: num("3") })).toBe(true);
    expect(matchesAttributes({ k: [{ "anything-but": [1, 2] }] }, { k: num("2") })).toBe(false);
    expect(matchesAttributes({ k: [{ "anything-but": { prefix: "eu-" } }] }, { k: str("eu-1") })).toBe(false);
    expect(matchesAttributes({ k: [{ "anything-but": { prefix: "eu-" } }] }, { k: str("us-1") })).toBe(true);
    expect(matchesAttributes({ k: [{ "anything-but": { suffix: ".tmp" } }] }, { k: str("a.tmp") })).toBe(
      false,
    );
    expect(matchesAttributes({ k: [{ "anything-but": { wildcard: "a*c" } }] }, { k: str("abc") })).toBe(
      false,
    );
    expect(matchesAttributes({ k: [{ "anything-but": { wildcard: "a*c" } }] }, { k: str("abd") })).toBe(true);
  });

  it("anything-but does not match an absent attribute", () => {
    expect(matchesAttributes({ k: [{ "anything-but": "red" }] }, {})).toBe(false);
  });

  it("numeric compares with =, ranges and open bounds", () => {
    expect(matchesAttributes({ n: [{ numeric: ["=", 10] }] }, { n: num("10") })).toBe(true);
    expect(matchesAttributes({ n: [{ numeric: [">", 0, "<=", 150] }] }, { n: num("150") })).toBe(true);
    expect(matchesAttributes({ n: [{ numeric: [">", 0, "<=", 150] }] }, { n: num("0") })).toBe(false);
    expect(matchesAttributes({ n: [{ numeric: ["<", 5] }] }, { n: num("-3.5") })).toBe(true);
    expect(matchesAttributes({ n: [{ numeric: [">=", 5] }] }, { n: str("9") })).toBe(false);
  });

  it("exists true needs the attribute and exists false needs it absent", () => {
    expect(matchesAttributes({ k: [{ exists: true }] }, { k: str("x") })).toBe(true);
    expect(matchesAttributes({ k: [{ exists: true }] }, {})).toBe(false);
    expect(matchesAttributes({ k: [{ exists: false }] }, {})).toBe(true);
    expect(matchesAttributes({ k: [{ exists: false }] }, { k: str("x") })).toBe(false);
  });

  it("a Binary attribute is not seen by filters", () => {
    expect(
      matchesAttributes({ k: [{ exists: true }] }, { k: { DataType: "Binary", BinaryValue: "AQ==" } }),
    ).toBe(false);
  });

  it("cidr matches IPv4 and IPv6 addresses inside the block", () => {
    expect(matchesAttributes({ ip: [{ cidr: "10.0.0.0/24" }] }, { ip: str("10.0.0.255") })).toBe(true);
    expect(matchesAttributes({ ip: [{ cidr: "10.0.0.0/24" }] }, { ip: str("10.0.1.0") })).toBe(false);
    expect(matchesAttributes({ ip: [{ cidr: "2001:db8::/32" }] }, { ip: str("2001:db8::1") })).toBe(true);
    expect(matchesAttributes({ ip: [{ cidr: "10.0.0.0/24" }] }, { ip: str("not an ip") })).toBe(false);
  });

  it("wildcard matches any run of characters at each star", () => {
    expect(matchesAttributes({ k: [{ wildcard: "img-*.png" }] }, { k: str("img-123.png") })).toBe(true);
    expect(matchesAttributes({ k: [{ wildcard: "img-*.png" }] }, { k: str("img-123.jpg") })).toBe(false);
  });

  it("keys are ANDed and $or picks one of its branches", () => {
    const policy = { a: ["1"], $or: [{ b: ["2"] }, { c: ["3"] }] };
    expect(matchesAttributes(policy, { a: str("1"), c: str("3") })).toBe(true);
    expect(matchesAttributes(policy, { a: str("1") })).toBe(false);
    expect(matchesAttributes(policy, { b: str("2") })).toBe(false);
  });

  it("an empty policy matches everything", () => {
    expect(matchesAttributes({}, {})).toBe(true);
  });
});

describe("filter policy operators on the message body", () => {
  it("nested keys follow the body's objects", () => {
    const policy = { order: { status: ["paid"], total: [{ numeric: [">", 100] }] } };
    expect(matchesBody(policy, { order: { status: "paid", total: 250 } })).toBe(true);
    expect(matchesBody(policy, { order: { status: "paid", total: 50 } })).toBe(false);
  });

  it("arrays in the body match per element, also arrays of objects", () => {
    expect(matchesBody({ tags: ["x"] }, { tags: ["w", "x"] })).toBe(true);
    expect(matchesBody({ items: { sku: ["b"] } }, { items: [{ sku: "a" }, { sku: "b" }] })).toBe(true);
  });

  it("booleans and null match literally", () => {
    expect(matchesBody({ ok: [true] }, { ok: true })).toBe(true);
    expect(matchesBody({ v: [null] }, { v: null })).toBe(true);
    expect(matchesBody({ ok: [true] }, { ok: "true" })).toBe(false);
  });

  it("a body that is no JSON object matches no key", () => {
    expect(matchesBody({ k: [{ exists: false }] }, "plain text")).toBe(true);
    expect(matchesBody({ k: ["v"] }, "plain text")).toBe(false);
  });
});

describe("invalid filter policies", () => {
  it("a policy that is no JSON is InvalidParameter", () => {
    const error = policyError("{not json");
    expect(error.queryCode).toBe("InvalidParameter");
    expect(error.message).toMatch(/^Invalid parameter: FilterPolicy: failed to parse JSON/);
  });

  it("an unknown operator is named in the error", () => {
    expect(policyError({ k: [{ "starts-with": "x" }] }).message).toBe(
      "Invalid parameter: FilterPolicy: Unrecognized match type starts-with",
    );
  });

  it("an empty list of values is refused", () => {
    expect(policyError({ k: [] }).message).toBe(
      "Invalid parameter: FilterPolicy: Empty arrays are not allowed",
    );
  });

  it("exists must be true or false", () => {
    expect(policyError({ k: [{ exists: "yes" }] }).message).toBe(
      "Invalid parameter: FilterPolicy: exists match pattern must be either true or false.",
    );
  });

  it("a numeric range whose bottom is above its top is refused", () => {
    expect(policyError({ k: [{ numeric: [">", 10, "<", 5] }] }).message).toBe(
      "Invalid parameter: FilterPolicy: Bottom must be less than top",
    );
  });

  it("an unknown numeric operator is refused", () => {
    expect(policyError({ k: [{ numeric: ["!=", 1] }] }).message).toBe(
      "Invalid parameter: FilterPolicy: Unrecognized numeric range operator: !=",
    );
  });

  it("numbers beyond ±1e9 are refused", () => {
    expect(policyError({ k: [2e9] }).message).toBe(
      "Invalid parameter: FilterPolicy: Match value must be a number between -1.0E9 and 1.0E9 inclusive",
    );
  });

  it("a CIDR without a prefix length is refused", () => {
    expect(policyError({ k: [{ cidr: "10.0.0.1" }] }).message).toBe(
      "Invalid parameter: FilterPolicy: Malformed CIDR, one '/' required",
    );
  });

  it("the attribute scope takes no nested keys", () => {
    expect(policyError({ a: { b: ["c"] } }).message).toBe(
      "Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy",
    );
  });

  it("more than five keys in the attribute scope exceed the limit", () => {
    const policy = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`k${i}`, ["v"]]));
    expect(policyError(policy).queryCode).toBe("FilterPolicyLimitExceeded");
  });

  it("more than 150 combinations of values make a policy too complex", () => {
    const values = Array.from({ length: 13 }, (_, i) => `v${i}`);
    expect(policyError({ a: values, b: values }).message).toBe(
      "Invalid parameter: FilterPolicy: Filter policy is too complex",
    );
  });
});
