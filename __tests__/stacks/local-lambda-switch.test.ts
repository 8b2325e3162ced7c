import { describe, expect, it } from "vitest";
import { environmentOptionsFrom, environmentProps } from "../../stacks/environments.js";

describe("EDA_LOCAL_LAMBDA, the local environment's Lambda switch", () => {
  it("keeps the Lambda consumer in local when unset", () => {
    expect(environmentProps(environmentOptionsFrom({})).local.lambda).not.toBe(false);
  });

  it("keeps the Lambda consumer in local when on", () => {
    expect(environmentProps(environmentOptionsFrom({ EDA_LOCAL_LAMBDA: "on" })).local.lambda).not.toBe(false);
  });

  it("leaves the Lambda consumer out of local when off", () => {
    expect(environmentProps(environmentOptionsFrom({ EDA_LOCAL_LAMBDA: "off" })).local.lambda).toBe(false);
  });

  it("leaves dev's and prod's Lambda consumer in place when off", () => {
    const props = environmentProps(environmentOptionsFrom({ EDA_LOCAL_LAMBDA: "off" }));
    expect([props.dev.lambda, props.prod.lambda]).not.toContain(false);
  });

  it("refuses any other value with a sentence naming both accepted values", () => {
    expect(() => environmentOptionsFrom({ EDA_LOCAL_LAMBDA: "false" })).toThrow(
      'EDA_LOCAL_LAMBDA is "false": set it to on or off, or unset it.',
    );
  });
});
