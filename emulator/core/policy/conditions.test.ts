import { describe, expect, it } from "vitest";
import type { ContextValue } from "./context.js";
import { evaluate } from "./evaluate.js";

/**
 * Condition operators through the evaluator: one identity policy whose only statement allows everything under
 * the condition under test, so the decision is Allow exactly when the condition holds.
 */
const ACCOUNT = "111122223333";
const USER = `arn:aws:iam::${ACCOUNT}:user/David`;
const NOW = Date.UTC(2026, 5, 15, 12, 0, 0);

function holds(
  condition: Record<string, Record<string, unknown>>,
  keys: Record<string, ContextValue>,
  extra: { sourceIp?: string; secureTransport?: boolean; version?: string } = {},
): boolean {
  // Identity policies must be 2012-10-17; the older version is only allowed in resource policies.
  const asResourcePolicy = extra.version === "2008-10-17";
  const policy = JSON.stringify({
    Version: extra.version ?? "2012-10-17",
    Statement: {
      Effect: "Allow",
      ...(asResourcePolicy ? { Principal: "*" } : {}),
      Action: "*",
      Resource: "*",
      Condition: condition,
    },
  });
  const decision = evaluate({
    request: {
      principal: { type: "user", arn: USER },
      action: "s3:GetObject",
      resource: "arn:aws:s3:::bucket/key",
      time: NOW,
      sourceIp: extra.sourceIp,
      secureTransport: extra.secureTransport,
      keys,
    },
    resourceAccount: ACCOUNT,
    identityPolicies: asResourcePolicy ? [] : [{ name: "test policy", policy }],
    resourcePolicy: asResourcePolicy ? { name: "test policy", policy } : undefined,
  });
  return decision.decision === "Allow";
}

type Row = [
  name: string,
  condition: Record<string, Record<string, unknown>>,
  keys: Record<string, ContextValue>,
  expected: boolean,
];

describe("string, numeric, date, bool and binary operators", () => {
  const rows: Row[] = [
    [
      "StringEquals matches the exact value",
      { StringEquals: { "aws:PrincipalTag/job-category": "iamuser-admin" } },
      { "aws:PrincipalTag/job-category": "iamuser-admin" },
      true,
    ],
    [
      "StringEquals is case-sensitive on values",
      { StringEquals: { "aws:PrincipalTag/job-category": "iamuser-admin" } },
      { "aws:PrincipalTag/job-category": "IAMUser-Admin" },
      false,
    ],
    [
      "condition key names are case-insensitive",
      { StringEquals: { "AWS:PRINCIPALTAG/JOB-CATEGORY": "x" } },
      { "aws:PrincipalTag/job-category": "x" },
      true,
    ],
    [
      "StringNotEquals holds for another value",
      { StringNotEquals: { "aws:PrincipalTag/dept": "hr" } },
      { "aws:PrincipalTag/dept": "it" },
      true,
    ],
    [
      "StringNotEquals fails for the listed value",
      { StringNotEquals: { "aws:PrincipalTag/dept": "hr" } },
      { "aws:PrincipalTag/dept": "hr" },
      false,
    ],
    [
      "StringEqualsIgnoreCase ignores case",
      { StringEqualsIgnoreCase: { "aws:PrincipalTag/dept": "HR" } },
      { "aws:PrincipalTag/dept": "hr" },
      true,
    ],
    [
      "StringNotEqualsIgnoreCase fails for the same value in another case",
      { StringNotEqualsIgnoreCase: { "aws:PrincipalTag/dept": "HR" } },
      { "aws:PrincipalTag/dept": "hr" },
      false,
    ],
    [
      "StringLike matches * across characters",
      { StringLike: { "s3:prefix": "home/*" } },
      { "s3:prefix": "home/David/docs" },
      true,
    ],
    [
      "StringLike matches ? as exactly one character",
      { StringLike: { "s3:prefix": "home/?" } },
      { "s3:prefix": "home/ab" },
      false,
    ],
    [
      "StringLike is case-sensitive",
      { StringLike: { "s3:prefix": "home/*" } },
      { "s3:prefix": "HOME/x" },
      false,
    ],
    [
      "StringNotLike holds when no pattern matches",
      { StringNotLike: { "s3:prefix": ["home/*", "tmp/*"] } },
      { "s3:prefix": "var/x" },
      true,
    ],
    [
      "NumericLessThanEquals compares numbers",
      { NumericLessThanEquals: { "s3:max-keys": "10" } },
      { "s3:max-keys": "10" },
      true,
    ],
    ["NumericLessThan is strict", { NumericLessThan: { "s3:max-keys": "10" } }, { "s3:max-keys": 10 }, false],
    [
      "NumericGreaterThan compares as numbers, not strings",
      { NumericGreaterThan: { "s3:max-keys": "9" } },
      { "s3:max-keys": "10" },
      true,
    ],
    [
      "NumericGreaterThanEquals accepts equality",
      { NumericGreaterThanEquals: { "s3:max-keys": "10.0" } },
      { "s3:max-keys": "10" },
      true,
    ],
    [
      "NumericEquals does not match a non-number",
      { NumericEquals: { "s3:max-keys": "10" } },
      { "s3:max-keys": "ten" },
      false,
    ],
    [
      "NumericNotEquals holds for another number",
      { NumericNotEquals: { "s3:max-keys": "10" } },
      { "s3:max-keys": "11" },
      true,
    ],
    [
      "DateGreaterThan against aws:CurrentTime",
      { DateGreaterThan: { "aws:CurrentTime": "2026-01-01T00:00:00Z" } },
      {},
      true,
    ],
    [
      "DateLessThan against aws:CurrentTime",
      { DateLessThan: { "aws:CurrentTime": "2026-01-01T00:00:00Z" } },
      {},
      false,
    ],
    [
      "DateLessThanEquals takes epoch seconds",
      { DateLessThanEquals: { "aws:EpochTime": String(NOW / 1000) } },
      {},
      true,
    ],
    [
      "DateEquals compares instants across formats",
      { DateEquals: { "aws:TokenIssueTime": "2020-01-01T00:00:01Z" } },
      { "aws:TokenIssueTime": "1577836801" },
      true,
    ],
    [
      "DateNotEquals holds for another instant",
      { DateNotEquals: { "aws:TokenIssueTime": "2020-01-01T00:00:01Z" } },
      { "aws:TokenIssueTime": "2020-01-01T00:00:02Z" },
      true,
    ],
    [
      "DateGreaterThanEquals accepts the same instant",
      { DateGreaterThanEquals: { "aws:CurrentTime": new Date(NOW).toISOString() } },
      {},
      true,
    ],
    [
      "Bool compares true/false case-insensitively",
      { Bool: { "aws:MultiFactorAuthPresent": "true" } },
      { "aws:MultiFactorAuthPresent": "TRUE" },
      true,
    ],
    [
      "Bool takes JSON booleans in the policy",
      { Bool: { "aws:MultiFactorAuthPresent": false } },
      { "aws:MultiFactorAuthPresent": false },
      true,
    ],
    [
      "BinaryEquals compares base64 bytes",
      { BinaryEquals: { key: "QmluYXJ5VmFsdWVJbkJhc2U2NA==" } },
      { key: "QmluYXJ5VmFsdWVJbkJhc2U2NA==" },
      true,
    ],
    [
      "BinaryEquals fails for other bytes",
      { BinaryEquals: { key: "QmluYXJ5VmFsdWVJbkJhc2U2NA==" } },
      { key: "b3RoZXI=" },
      false,
    ],
  ];
  it.each(rows)("%s", (_name, condition, keys, expected) => {
    expect(holds(condition, keys)).toBe(expected);
  });
});

describe("IP address operators", () => {
  const rows: [
    name: string,
    condition: Record<string, Record<string, unknown>>,
    ip: string,
    expected: boolean,
  ][] = [
    [
      "IpAddress matches inside an IPv4 range",
      { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
      "203.0.113.7",
      true,
    ],
    [
      "IpAddress rejects outside the range",
      { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
      "203.0.114.7",
      false,
    ],
    [
      "IpAddress takes a single address as /32",
      { IpAddress: { "aws:SourceIp": "203.0.113.7" } },
      "203.0.113.7",
      true,
    ],
    [
      "IpAddress matches an IPv6 range",
      { IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "2001:DB8:1234:5678::/64"] } },
      "2001:db8:1234:5678:abcd::1",
      true,
    ],
    [
      "IpAddress reads an IPv4-mapped IPv6 peer as IPv4",
      { IpAddress: { "aws:SourceIp": "127.0.0.0/8" } },
      "::ffff:127.0.0.1",
      true,
    ],
    [
      "NotIpAddress holds outside every range",
      { NotIpAddress: { "aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"] } },
      "203.0.113.7",
      true,
    ],
    [
      "NotIpAddress fails inside a range",
      { NotIpAddress: { "aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"] } },
      "10.1.2.3",
      false,
    ],
  ];
  it.each(rows)("%s", (_name, condition, ip, expected) => {
    expect(holds(condition, {}, { sourceIp: ip })).toBe(expected);
  });
});

describe("ARN operators", () => {
  const topic = "arn:aws:sns:us-east-1:123456789012:orders";
  const rows: Row[] = [
    [
      "ArnEquals matches the same ARN",
      { ArnEquals: { "aws:SourceArn": topic } },
      { "aws:SourceArn": topic },
      true,
    ],
    [
      "ArnEquals is case-sensitive",
      { ArnEquals: { "aws:SourceArn": topic } },
      { "aws:SourceArn": topic.toUpperCase() },
      false,
    ],
    [
      "ArnLike matches wildcards within a part",
      { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:123456789012:ord*" } },
      { "aws:SourceArn": topic },
      true,
    ],
    [
      "ArnLike wildcards do not span parts",
      { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:orders" } },
      { "aws:SourceArn": topic },
      false,
    ],
    [
      "ArnEquals takes wildcards like ArnLike, as AWS documents",
      { ArnEquals: { "aws:SourceArn": "arn:aws:sns:us-east-1:*:orders" } },
      { "aws:SourceArn": topic },
      true,
    ],
    [
      "ArnNotEquals holds for another ARN",
      { ArnNotEquals: { "aws:SourceArn": topic } },
      { "aws:SourceArn": `${topic}-2` },
      true,
    ],
    [
      "ArnNotLike fails for a matching ARN",
      { ArnNotLike: { "aws:SourceArn": "arn:aws:sns:*:*:*" } },
      { "aws:SourceArn": topic },
      false,
    ],
    [
      "ArnLike does not match a value that is not an ARN",
      { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:*:*" } },
      { "aws:SourceArn": "orders" },
      false,
    ],
  ];
  it.each(rows)("%s", (_name, condition, keys, expected) => {
    expect(holds(condition, keys)).toBe(expected);
  });
});

describe("absent keys, IfExists and Null", () => {
  const rows: Row[] = [
    [
      "a positive operator fails when the key is absent",
      { StringEquals: { "aws:PrincipalTag/dept": "hr" } },
      {},
      false,
    ],
    [
      "a negated operator holds when the key is absent",
      { StringNotEquals: { "aws:PrincipalTag/dept": "hr" } },
      {},
      true,
    ],
    // The IAM guide's IfExists example: RunInstances limited to some instance types when the key is present.
    [
      "StringLikeIfExists holds when the key is absent",
      { StringLikeIfExists: { "ec2:InstanceType": ["t1.*", "t2.*", "m3.*"] } },
      {},
      true,
    ],
    [
      "StringLikeIfExists tests the key when present",
      { StringLikeIfExists: { "ec2:InstanceType": ["t1.*", "t2.*", "m3.*"] } },
      { "ec2:InstanceType": "t2.micro" },
      true,
    ],
    [
      "StringLikeIfExists fails for an unlisted present value",
      { StringLikeIfExists: { "ec2:InstanceType": ["t1.*", "t2.*", "m3.*"] } },
      { "ec2:InstanceType": "m5.large" },
      false,
    ],
    [
      "NumericLessThanIfExists holds when the key is absent",
      { NumericLessThanIfExists: { "s3:max-keys": "5" } },
      {},
      true,
    ],
    ["Null true holds when the key is absent", { Null: { "aws:TokenIssueTime": "true" } }, {}, true],
    [
      "Null true fails when the key is present",
      { Null: { "aws:TokenIssueTime": "true" } },
      { "aws:TokenIssueTime": "2026-01-01T00:00:00Z" },
      false,
    ],
    [
      "Null false holds when the key is present",
      { Null: { "aws:TokenIssueTime": false } },
      { "aws:TokenIssueTime": "2026-01-01T00:00:00Z" },
      true,
    ],
  ];
  it.each(rows)("%s", (_name, condition, keys, expected) => {
    expect(holds(condition, keys)).toBe(expected);
  });
});

describe("multiple keys and values (IAM guide: conditions with multiple context keys or values)", () => {
  // Operators and keys are ANDed, values of one key ORed; the guide's bucket-policy example.
  const condition = {
    StringEquals: { "aws:PrincipalTag/department": ["finance", "hr", "legal"] },
    ArnLike: {
      "aws:PrincipalArn": ["arn:aws:iam::222222222222:user/Ana", "arn:aws:iam::222222222222:user/Mary"],
    },
  };
  const rows: [name: string, keys: Record<string, ContextValue>, expected: boolean][] = [
    [
      "matches when both keys match one of their values",
      { "aws:PrincipalTag/department": "hr", "aws:PrincipalArn": "arn:aws:iam::222222222222:user/Mary" },
      true,
    ],
    [
      "fails when one key's value is not listed",
      { "aws:PrincipalTag/department": "audit", "aws:PrincipalArn": "arn:aws:iam::222222222222:user/Mary" },
      false,
    ],
    [
      "fails when the other key's value is not listed",
      { "aws:PrincipalTag/department": "finance", "aws:PrincipalArn": "arn:aws:iam::222222222222:user/Jose" },
      false,
    ],
    ["fails when one key is absent", { "aws:PrincipalArn": "arn:aws:iam::222222222222:user/Ana" }, false],
  ];
  it.each(rows)("%s", (_name, keys, expected) => {
    expect(holds(condition, keys)).toBe(expected);
  });

  it("evaluates a negated operator's values as NOR", () => {
    const negated = { StringNotEquals: { "aws:PrincipalTag/department": ["finance", "hr", "legal"] } };
    expect(holds(negated, { "aws:PrincipalTag/department": "hr" })).toBe(false);
    expect(holds(negated, { "aws:PrincipalTag/department": "payroll" })).toBe(true);
  });

  it("requires every operator of the Condition to hold (a time window)", () => {
    const window = {
      DateGreaterThan: { "aws:CurrentTime": "2026-06-01T00:00:00Z" },
      DateLessThan: { "aws:CurrentTime": "2026-06-30T23:59:59Z" },
    };
    expect(holds(window, {})).toBe(true);
    expect(holds({ ...window, DateLessThan: { "aws:CurrentTime": "2026-06-10T00:00:00Z" } }, {})).toBe(false);
  });
});

describe("set operators (IAM guide: multivalued context key examples)", () => {
  const forAllNotLike = { "ForAllValues:StringNotLike": { "aws:TagKeys": "key1*" } };
  const forAllLikeWithNull = {
    Null: { "aws:TagKeys": "false" },
    "ForAllValues:StringLike": { "aws:TagKeys": ["key1*", "key2*", "key3*"] },
  };
  const forAnyEquals = { "ForAnyValue:StringEquals": { "aws:TagKeys": ["environment", "webserver"] } };
  const rows: Row[] = [
    [
      "ForAllValues:StringNotLike fails when a value matches",
      forAllNotLike,
      { "aws:TagKeys": ["key1:legal"] },
      false,
    ],
    [
      "ForAllValues:StringNotLike fails when any value matches",
      forAllNotLike,
      { "aws:TagKeys": ["key1:hr", "key2:legal"] },
      false,
    ],
    [
      "ForAllValues:StringNotLike holds when no value matches",
      forAllNotLike,
      { "aws:TagKeys": ["key2:legal"] },
      true,
    ],
    ["ForAllValues holds when the key is absent", forAllNotLike, {}, true],
    ["ForAllValues holds for an empty set", forAllNotLike, { "aws:TagKeys": [] }, true],
    [
      "ForAllValues:StringLike holds when every value matches",
      forAllLikeWithNull,
      { "aws:TagKeys": ["key1:a", "key3:b"] },
      true,
    ],
    [
      "ForAllValues:StringLike fails when one value matches nothing",
      forAllLikeWithNull,
      { "aws:TagKeys": ["key1:a", "key4:b"] },
      false,
    ],
    ["Null false stops ForAllValues holding for an absent key", forAllLikeWithNull, {}, false],
    ["ForAnyValue holds when one value matches", forAnyEquals, { "aws:TagKeys": ["webserver"] }, true],
    [
      "ForAnyValue holds when any of several values matches",
      forAnyEquals,
      { "aws:TagKeys": ["environment", "webserver", "test"] },
      true,
    ],
    ["ForAnyValue fails when no value matches", forAnyEquals, { "aws:TagKeys": ["test"] }, false],
    ["ForAnyValue fails when the key is absent", forAnyEquals, {}, false],
    [
      "ForAnyValue:StringNotEquals holds when one value is unlisted",
      { "ForAnyValue:StringNotEquals": { "aws:TagKeys": ["DataClass", "Owner"] } },
      { "aws:TagKeys": ["Dept", "DataClass"] },
      true,
    ],
    [
      "ForAnyValue:StringNotEquals fails when every value is listed",
      { "ForAnyValue:StringNotEquals": { "aws:TagKeys": ["DataClass", "Owner"] } },
      { "aws:TagKeys": ["DataClass", "Owner"] },
      false,
    ],
    [
      "ForAnyValue...IfExists holds when the key is absent",
      { "ForAnyValue:StringEqualsIfExists": { "aws:TagKeys": "x" } },
      {},
      true,
    ],
  ];
  it.each(rows)("%s", (_name, condition, keys, expected) => {
    expect(holds(condition, keys)).toBe(expected);
  });
});

describe("policy variables", () => {
  // The IAM guide's home-folder example: s3:prefix may be the user's own folder.
  const homeFolder = { StringLike: { "s3:prefix": ["", "home/", "home/${aws:username}/*"] } };

  it("substitutes ${aws:username} from the caller", () => {
    expect(holds(homeFolder, { "s3:prefix": "home/David/notes" })).toBe(true);
    expect(holds(homeFolder, { "s3:prefix": "home/Bob/notes" })).toBe(false);
  });

  it("uses a variable's default when the key is absent", () => {
    expect(
      holds(
        { StringEquals: { "aws:PrincipalTag/team": "${aws:PrincipalTag/missing, 'none'}" } },
        { "aws:PrincipalTag/team": "none" },
      ),
    ).toBe(true);
  });

  it("treats variables as plain text in a 2008-10-17 policy", () => {
    const literal = { StringEquals: { "s3:prefix": "home/${aws:username}" } };
    expect(holds(literal, { "s3:prefix": "home/David" }, { version: "2008-10-17" })).toBe(false);
    expect(holds(literal, { "s3:prefix": "home/${aws:username}" }, { version: "2008-10-17" })).toBe(true);
  });
});

describe("aws:SecureTransport", () => {
  it("is tested by Bool as true or false", () => {
    expect(holds({ Bool: { "aws:SecureTransport": "false" } }, {}, { secureTransport: false })).toBe(true);
    expect(holds({ Bool: { "aws:SecureTransport": "false" } }, {}, { secureTransport: true })).toBe(false);
  });
});
