import { describe, expect, it } from "vitest";
import { parsePolicyDocument, type PolicyKind, type PolicyProblemReason } from "./document.js";
import { policyErrorFor } from "./errors.js";

const QUEUE = "arn:aws:sqs:us-east-1:111122223333:orders";
const allow = {
  Effect: "Allow",
  Principal: { AWS: "111122223333" },
  Action: "sqs:SendMessage",
  Resource: QUEUE,
};

function doc(statement: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statement, ...extra });
}

describe("valid documents", () => {
  const rows: [name: string, text: string, kind: PolicyKind][] = [
    ["a single statement object", doc(allow), "resource"],
    ["a statement list", doc([allow, { ...allow, Sid: "Two" }]), "resource"],
    ["the 2008-10-17 version", JSON.stringify({ Version: "2008-10-17", Statement: allow }), "resource"],
    ["no Version in a resource policy", JSON.stringify({ Statement: allow }), "resource"],
    ["an Id", doc(allow, { Id: "arn:aws:sqs:us-east-1:111122223333:orders/SQSDefaultPolicy" }), "resource"],
    ['Principal "*"', doc({ ...allow, Principal: "*" }), "resource"],
    ["a service principal", doc({ ...allow, Principal: { Service: "sns.amazonaws.com" } }), "resource"],
    [
      "NotPrincipal with a list",
      doc({
        ...allow,
        Effect: "Deny",
        Principal: undefined,
        NotPrincipal: { AWS: ["111122223333", "arn:aws:iam::111122223333:user/Bob"] },
      }),
      "resource",
    ],
    [
      "a role session principal",
      doc({ ...allow, Principal: { AWS: "arn:aws:sts::111122223333:assumed-role/reader/alice" } }),
      "resource",
    ],
    ["a resource statement without Resource", doc({ ...allow, Resource: undefined }), "resource"],
    [
      "NotAction and NotResource",
      doc({ Effect: "Allow", NotAction: "iam:*", NotResource: "arn:aws:iam::*:*" }),
      "identity",
    ],
    [
      "conditions with numbers and booleans",
      doc({
        ...allow,
        Condition: { NumericLessThan: { "s3:max-keys": 10 }, Bool: { "aws:SecureTransport": false } },
      }),
      "resource",
    ],
    [
      "a trust policy",
      doc({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }),
      "trust",
    ],
    [
      "policy variables in a resource",
      doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::bucket/${aws:username}/*" }),
      "identity",
    ],
  ];
  it.each(rows)("accepts %s", (_name, text, kind) => {
    expect(parsePolicyDocument(text, kind).ok).toBe(true);
  });
});

describe("invalid documents", () => {
  // IAM messages as IAM's MalformedPolicyDocument states them.
  const rows: [
    name: string,
    text: string,
    kind: PolicyKind,
    reason: PolicyProblemReason,
    iamMessage: string,
  ][] = [
    [
      "text that is not JSON",
      "This is not a json document",
      "identity",
      "syntax",
      "Syntax errors in policy.",
    ],
    ["a JSON array", "[]", "resource", "syntax", "Syntax errors in policy."],
    [
      "no Statement",
      JSON.stringify({ Version: "2012-10-17" }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    ["an empty Statement list", doc([]), "resource", "syntax", "Syntax errors in policy."],
    ["a Statement that is a string", doc(["afd"]), "resource", "syntax", "Syntax errors in policy."],
    [
      "an unknown Version",
      JSON.stringify({ Version: "2013-10-17", Statement: allow }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "an extra top-level field",
      doc(allow, { "Extra field": "value" }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "an extra statement field",
      doc({ ...allow, Principle: "*" }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    ["an Id that is not a string", doc(allow, { Id: {} }), "resource", "syntax", "Syntax errors in policy."],
    [
      "a Sid that is not a string",
      doc({ ...allow, Sid: [] }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    ["no Effect", doc({ ...allow, Effect: undefined }), "resource", "syntax", "Syntax errors in policy."],
    [
      "an Effect in the wrong case",
      doc({ ...allow, Effect: "allow" }),
      "resource",
      "effect",
      "The policy failed legacy parsing",
    ],
    [
      "no Action",
      doc({ ...allow, Action: undefined }),
      "resource",
      "missing-action",
      "Policy statement must contain actions.",
    ],
    [
      "an empty Action list",
      doc({ ...allow, Action: [] }),
      "resource",
      "missing-action",
      "Policy statement must contain actions.",
    ],
    [
      "both Action and NotAction",
      doc({ ...allow, NotAction: "sqs:ReceiveMessage" }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "an action without a service prefix",
      doc({ ...allow, Action: "SendMessage" }),
      "resource",
      "action-format",
      "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
    ],
    [
      "an action with two colons",
      doc({ ...allow, Action: "sqs:Send:Message" }),
      "resource",
      "action-format",
      "Actions/Condition can contain only one colon.",
    ],
    [
      "an action with a bad service prefix",
      doc({ ...allow, Action: "s q s:SendMessage" }),
      "resource",
      "action-format",
      "Vendor s q s is not valid",
    ],
    [
      "an Action that is an object",
      doc({ ...allow, Action: {} }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a resource that is not an ARN",
      doc({ ...allow, Resource: "orders" }),
      "resource",
      "resource-format",
      'Resource orders must be in ARN format or "*".',
    ],
    [
      "a resource with an unknown partition",
      doc({ ...allow, Resource: "arn:error:sqs:us-east-1:111122223333:orders" }),
      "resource",
      "resource-format",
      'Partition "error" is not valid for resource "arn:error:sqs:us-east-1:111122223333:orders".',
    ],
    [
      "an identity statement without Resource",
      doc({ Effect: "Allow", Action: "sqs:*" }),
      "identity",
      "missing-resource",
      "Policy statement must contain resources.",
    ],
    [
      "both Resource and NotResource",
      doc({ ...allow, NotResource: "*" }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a Principal in an identity policy",
      doc(allow),
      "identity",
      "prohibited-principal",
      "Policy document should not specify a principal.",
    ],
    [
      "no Principal in a resource policy",
      doc({ ...allow, Principal: undefined }),
      "resource",
      "missing-principal",
      "Missing required field Principal",
    ],
    [
      "a Resource in a trust policy",
      doc({ ...allow, Action: "sts:AssumeRole" }),
      "trust",
      "prohibited-resource",
      "Has prohibited field Resource",
    ],
    [
      "an account id that is not 12 digits",
      doc({ ...allow, Principal: { AWS: "1234" } }),
      "resource",
      "invalid-principal",
      'Invalid principal in policy: "AWS":"1234"',
    ],
    [
      "a wildcard inside a principal ARN",
      doc({ ...allow, Principal: { AWS: "arn:aws:iam::111122223333:user/*" } }),
      "resource",
      "invalid-principal",
      'Invalid principal in policy: "AWS":"arn:aws:iam::111122223333:user/*"',
    ],
    [
      "an unknown principal type",
      doc({ ...allow, Principal: { Account: "111122223333" } }),
      "resource",
      "invalid-principal",
      'Invalid principal in policy: {"Account":"111122223333"}',
    ],
    [
      "a Principal string other than *",
      doc({ ...allow, Principal: "111122223333" }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "both Principal and NotPrincipal",
      doc({ ...allow, NotPrincipal: "*" }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "an unknown condition operator",
      doc({ ...allow, Condition: { StringEqualz: { "aws:SourceArn": "x" } } }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a bad set qualifier",
      doc({ ...allow, Condition: { "ForAnyValue::StringEquals": { a: "b" } } }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a Condition that is a list",
      doc({ ...allow, Condition: [] }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a condition block that is a string",
      doc({ ...allow, Condition: { DateGreaterThan: "b" } }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a condition value that is an object",
      doc({ ...allow, Condition: { DateGreaterThan: { a: {} } } }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a date that is not a date",
      doc({ ...allow, Condition: { DateGreaterThan: { "aws:CurrentTime": "sdfdsf" } } }),
      "resource",
      "condition-value",
      "The policy failed legacy parsing",
    ],
    [
      "a number that is not a number",
      doc({ ...allow, Condition: { NumericLessThan: { "s3:max-keys": "ten" } } }),
      "resource",
      "condition-value",
      "The policy failed legacy parsing",
    ],
    [
      "an IP range that is not CIDR",
      doc({ ...allow, Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/33" } } }),
      "resource",
      "condition-value",
      "The policy failed legacy parsing",
    ],
    [
      "a Null value other than true or false",
      doc({ ...allow, Condition: { Null: { "aws:TokenIssueTime": "maybe" } } }),
      "resource",
      "condition-value",
      "The policy failed legacy parsing",
    ],
    [
      "Null with IfExists",
      doc({ ...allow, Condition: { NullIfExists: { "aws:TokenIssueTime": "true" } } }),
      "resource",
      "syntax",
      "Syntax errors in policy.",
    ],
    [
      "a repeated Sid",
      doc([
        { ...allow, Sid: "A" },
        { ...allow, Sid: "A" },
      ]),
      "resource",
      "duplicate-sid",
      "Statement IDs (SID) in a single policy must be unique.",
    ],
    [
      "an identity policy without Version",
      JSON.stringify({ Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" } }),
      "identity",
      "version",
      "Policy document must be version 2012-10-17 or greater.",
    ],
  ];
  it.each(rows)("rejects %s", (_name, text, kind, reason, iamMessage) => {
    const result = parsePolicyDocument(text, kind);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.reason).toBe(reason);
    expect(result.problem.iamMessage).toBe(iamMessage);
    expect(result.problem.message).toMatch(/^[A-Z"].*\.$/);
  });

  it("names the statement by its Sid in the one-sentence message", () => {
    const result = parsePolicyDocument(doc({ ...allow, Sid: "SendFromTopic", Effect: "allow" }), "resource");
    expect(result.ok ? "" : result.problem.message).toBe(
      'Statement "SendFromTopic": Effect must be exactly "Allow" or "Deny", not "allow".',
    );
  });
});

describe("service errors for an invalid policy", () => {
  const invalidPrincipal = parsePolicyDocument(doc({ ...allow, Principal: { AWS: "1234" } }), "resource");
  const missingPrincipal = parsePolicyDocument(doc({ ...allow, Principal: undefined }), "resource");
  if (invalidPrincipal.ok || missingPrincipal.ok) throw new Error("test documents must be invalid");

  it("SQS answers InvalidAttributeValue with its fixed sentence", () => {
    expect(policyErrorFor("sqs", invalidPrincipal.problem)).toEqual({
      code: "InvalidAttributeValue",
      status: 400,
      message: "Invalid value for the parameter Policy.",
    });
  });

  it("SNS answers InvalidParameter, PrincipalNotFound for a bad principal", () => {
    expect(policyErrorFor("sns", invalidPrincipal.problem)).toEqual({
      code: "InvalidParameter",
      status: 400,
      message: "Invalid parameter: Policy Error: PrincipalNotFound",
    });
  });

  it("SNS answers InvalidParameter with null for a structural problem", () => {
    expect(policyErrorFor("sns", missingPrincipal.problem).message).toBe(
      "Invalid parameter: Policy Error: null",
    );
  });

  it("IAM answers MalformedPolicyDocument with the rule that was broken", () => {
    expect(policyErrorFor("iam", missingPrincipal.problem)).toEqual({
      code: "MalformedPolicyDocument",
      status: 400,
      message: "Missing required field Principal",
    });
  });
});
