import { describe, expect, it } from "vitest";
import { AwsError } from "../../core/errors.js";
import { compileFilterPattern } from "./filterPattern.js";

const matches = (pattern: string, message: string): boolean => compileFilterPattern(pattern)(message);

describe("filter patterns", () => {
  it("terms are case sensitive", () => {
    expect(matches("ERROR", "error: low disk")).toBe(false);
    expect(matches("ERROR", "ERROR: low disk")).toBe(true);
  });

  it("a quoted term may hold spaces and punctuation", () => {
    expect(matches('"status: 500"', "GET / status: 500")).toBe(true);
    expect(matches('"status: 500"', "GET / status:500")).toBe(false);
  });

  it("an excluded quoted phrase rules the event out", () => {
    expect(matches('ERROR -"health check"', "ERROR in health check")).toBe(false);
  });

  it("JSON patterns match wildcards in string values", () => {
    expect(matches('{ $.path = "/api/*" }', '{"path":"/api/orders"}')).toBe(true);
    expect(matches('{ $.path != "/api/*" }', '{"path":"/api/orders"}')).toBe(false);
  });

  it("JSON patterns read array elements and test booleans, nulls and existence", () => {
    const event = '{"items":[{"id":3}],"ok":true,"gone":null}';
    expect(matches("{ $.items[0].id = 3 }", event)).toBe(true);
    expect(matches("{ $.ok IS TRUE }", event)).toBe(true);
    expect(matches("{ $.gone IS NULL }", event)).toBe(true);
    expect(matches("{ $.missing NOT EXISTS }", event)).toBe(true);
    expect(matches("{ $.ok EXISTS && $.items[1].id = 3 }", event)).toBe(false);
  });

  it("a JSON pattern never matches an event that is not JSON", () => {
    expect(matches('{ $.level = "ERROR" }', "level=ERROR")).toBe(false);
  });

  it("a space-delimited pattern needs exactly as many fields unless it has an ellipsis", () => {
    expect(matches("[a, b]", "one two three")).toBe(false);
    expect(matches("[a, ...]", "one two three")).toBe(true);
  });

  it("a space-delimited field may combine conditions with && and ||", () => {
    expect(matches("[ip, status = 4* || status = 5*, size]", "1.2.3.4 503 10")).toBe(true);
    expect(matches("[ip, status = 4* || status = 5*, size]", "1.2.3.4 200 10")).toBe(false);
    expect(matches("[ip, status, size > 5 && size < 20]", "1.2.3.4 200 10")).toBe(true);
  });

  it("malformed patterns fail with InvalidParameterException", () => {
    for (const pattern of ["{ $.a = }", "[a, b", "%(%", '"unterminated', "{ level = 1 }"]) {
      expect(() => compileFilterPattern(pattern), pattern).toThrow(AwsError);
    }
  });
});
