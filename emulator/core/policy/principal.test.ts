import { describe, expect, it } from "vitest";
import { callerPrincipal } from "./principal.js";

describe("callerPrincipal", () => {
  it.each([
    ["arn:aws:iam::111122223333:root", { type: "account", account: "111122223333", partition: "aws" }],
    [
      "arn:aws:iam::111122223333:user/ops/alice",
      { type: "user", arn: "arn:aws:iam::111122223333:user/ops/alice" },
    ],
    [
      "arn:aws:iam::111122223333:role/deployer",
      { type: "role", arn: "arn:aws:iam::111122223333:role/deployer" },
    ],
    [
      "arn:aws:sts::111122223333:assumed-role/deployer/ci",
      { type: "assumed-role", arn: "arn:aws:sts::111122223333:assumed-role/deployer/ci" },
    ],
  ])("reads %s as the principal it names", (arn, expected) => {
    expect(callerPrincipal(arn, "000000000000")).toEqual(expected);
  });

  it("treats an ARN of no known form as the given account's root user", () => {
    expect(callerPrincipal("not-an-arn", "444455556666")).toEqual({
      type: "account",
      account: "444455556666",
      partition: undefined,
    });
  });
});
