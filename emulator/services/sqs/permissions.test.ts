import { describe, expect, it } from "vitest";
import { AwsError } from "../../core/errors.js";
import { compilePolicy } from "../../core/policy/index.js";
import { addPermission, removePermission } from "./permissions.js";

const QUEUE = "arn:aws:sqs:us-east-1:123456789012:orders";
const grant = (label: string, actions: string[] = ["SendMessage"], accountIds = ["111122223333"]) => ({
  label,
  accountIds,
  actions,
});

function errorOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof AwsError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected an error");
}

describe("addPermission", () => {
  it("writes a valid resource policy that the core evaluator compiles", () => {
    const text = addPermission(undefined, QUEUE, "aws", grant("Partner"));
    expect(compilePolicy(text, "resource").ok).toBe(true);
  });

  it("keeps a statement given as a lone object and appends after it", () => {
    const existing = JSON.stringify({
      Version: "2012-10-17",
      Statement: { Sid: "Own", Effect: "Deny", Principal: "*", Action: "sqs:PurgeQueue", Resource: QUEUE },
    });
    const policy = JSON.parse(addPermission(existing, QUEUE, "aws", grant("Next"))) as {
      Statement: { Sid: string }[];
    };
    expect(policy.Statement.map((statement) => statement.Sid)).toEqual(["Own", "Next"]);
  });

  it.each([
    ["a label with a space", grant("has space"), "InvalidParameterValue", "parameter Label"],
    ["a label of 81 characters", grant("l".repeat(81)), "InvalidParameterValue", "parameter Label"],
    ["no actions", grant("NoActions", []), "MissingParameter", "parameter Actions"],
    ["no accounts", grant("NoAccounts", ["SendMessage"], []), "InvalidParameterValue", "PrincipalId"],
    [
      "an account id that is not 12 digits",
      grant("Short", ["SendMessage"], ["42"]),
      "InvalidParameterValue",
      "[42]",
    ],
    ["a batch action name", grant("Batch", ["SendMessageBatch"]), "InvalidParameterValue", "WSDL"],
    ["an owner-only action", grant("Owner", ["DeleteQueue"]), "InvalidParameterValue", "queue owner"],
    ["* with another action", grant("Star", ["*", "SendMessage"]), "InvalidParameterValue", "SQS:*"],
  ])("refuses %s", (_what, request, code, mention) => {
    const error = errorOf(() => addPermission(undefined, QUEUE, "aws", request));
    expect(error.code).toBe(code);
    expect(error.message).toContain(mention);
  });

  it("uses the queue's partition in the principals' ARNs", () => {
    const text = addPermission(undefined, "arn:aws-cn:sqs:cn-north-1:123456789012:q", "aws-cn", grant("Cn"));
    expect(text).toContain('"arn:aws-cn:iam::111122223333:root"');
  });
});

describe("removePermission", () => {
  it("refuses a label on a queue without a policy", () => {
    expect(errorOf(() => removePermission(undefined, "Missing")).message).toBe(
      "Value Missing for parameter Label is invalid. Reason: can't find label on existing policy.",
    );
  });

  it("returns an empty policy text once the last statement is removed", () => {
    expect(removePermission(addPermission(undefined, QUEUE, "aws", grant("Only")), "Only")).toBe("");
  });
});
