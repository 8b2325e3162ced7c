import { describe, expect, it } from "vitest";
import { anyArnMatcher } from "./arn.js";
import {
  excludedByNotPrincipal,
  matchPrincipal,
  principalFacts,
  principalSpec,
  type RequestPrincipal,
} from "./principal.js";
import { anyWildcardMatcher } from "./wildcard.js";

describe("Action patterns", () => {
  const rows: [pattern: string, action: string, expected: boolean][] = [
    ["sqs:SendMessage", "sqs:SendMessage", true],
    ["SQS:sendmessage", "sqs:SendMessage", true],
    ["sqs:*", "sqs:ReceiveMessage", true],
    ["sqs:Send*", "sqs:SendMessageBatch", true],
    ["sqs:Send*", "sqs:ReceiveMessage", false],
    ["sqs:?etQueueAttributes", "sqs:GetQueueAttributes", true],
    ["sqs:*", "sns:Publish", false],
    ["*", "sns:Publish", true],
  ];
  it.each(rows)(
    "%s against %s is %s (service prefix and name case-insensitive)",
    (pattern, action, expected) => {
      expect(anyWildcardMatcher([pattern], true)(action)).toBe(expected);
    },
  );
});

describe("Resource ARN patterns", () => {
  const queue = "arn:aws:sqs:us-east-1:111122223333:orders";
  const rows: [pattern: string, arn: string, expected: boolean][] = [
    [queue, queue, true],
    ["arn:aws:sqs:us-east-1:111122223333:Orders", queue, false],
    ["arn:aws:sqs:*:111122223333:orders", queue, true],
    ["arn:aws:sqs:us-east-1:111122223333:ord*", queue, true],
    ["arn:aws:sqs:us-east-1:111122223333:order?", queue, true],
    ["arn:aws:sqs:us-east-1:*:*", queue, true],
    ["arn:aws:sns:us-east-1:111122223333:orders", queue, false],
    ["arn:aws:sqs:*:orders", queue, false],
    ["*", queue, true],
    ["arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b:c", true],
    [
      "arn:aws:logs:us-east-1:111122223333:log-group:*",
      "arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:x",
      true,
    ],
  ];
  it.each(rows)(
    "%s against %s is %s (case-sensitive, wildcards stay in their part)",
    (pattern, arn, expected) => {
      expect(anyArnMatcher([pattern])(arn)).toBe(expected);
    },
  );
});

describe("Principal matching", () => {
  const account = "111122223333";
  const root: RequestPrincipal = { type: "account", account };
  const user: RequestPrincipal = { type: "user", arn: `arn:aws:iam::${account}:user/Bob` };
  const session: RequestPrincipal = {
    type: "assumed-role",
    arn: `arn:aws:sts::${account}:assumed-role/reader/alice`,
  };
  const pathedSession: RequestPrincipal = {
    type: "assumed-role",
    arn: `arn:aws:sts::${account}:assumed-role/reader/alice`,
    roleArn: `arn:aws:iam::${account}:role/team/reader`,
  };
  const sns: RequestPrincipal = { type: "service", service: "sns.amazonaws.com" };
  const anonymous: RequestPrincipal = { type: "anonymous" };
  const other: RequestPrincipal = { type: "user", arn: "arn:aws:iam::444455556666:user/Bob" };

  const rows: [
    name: string,
    element: Parameters<typeof principalSpec>[0],
    who: RequestPrincipal,
    expected: string,
  ][] = [
    ['"*" names everyone, services included', "*", sns, "direct"],
    ['{"AWS": "*"} names anonymous callers too', { AWS: ["*"] }, anonymous, "direct"],
    ["an account id names its root user directly", { AWS: [account] }, root, "direct"],
    ["an account id names its users through the account", { AWS: [account] }, user, "account"],
    [
      "the root ARN is the same as the account id",
      { AWS: [`arn:aws:iam::${account}:root`] },
      session,
      "account",
    ],
    ["another account's id does not name the caller", { AWS: ["444455556666"] }, user, "none"],
    ["a user ARN names that user", { AWS: [`arn:aws:iam::${account}:user/Bob`] }, user, "direct"],
    [
      "a user ARN does not name the same name in another account",
      { AWS: [`arn:aws:iam::${account}:user/Bob`] },
      other,
      "none",
    ],
    [
      "a role ARN names the role's sessions",
      { AWS: [`arn:aws:iam::${account}:role/reader`] },
      session,
      "direct",
    ],
    [
      "a role ARN with a path names the role's sessions",
      { AWS: [`arn:aws:iam::${account}:role/team/reader`] },
      pathedSession,
      "direct",
    ],
    [
      "a session ARN names that session",
      { AWS: [`arn:aws:sts::${account}:assumed-role/reader/alice`] },
      session,
      "direct",
    ],
    [
      "another session of the role is not named by a session ARN",
      { AWS: [`arn:aws:sts::${account}:assumed-role/reader/bob`] },
      session,
      "none",
    ],
    ["a service principal names that service", { Service: ["sns.amazonaws.com"] }, sns, "direct"],
    ["an account does not name a service", { AWS: [account] }, sns, "none"],
    ["a service does not name an account's users", { Service: ["sns.amazonaws.com"] }, user, "none"],
    ["only a wildcard names an anonymous caller", { AWS: [account] }, anonymous, "none"],
  ];
  it.each(rows)("%s", (_name, element, who, expected) => {
    expect(matchPrincipal(principalSpec(element), principalFacts(who))).toBe(expected);
  });

  // The IAM guide's NotPrincipal examples: the account and the user (or the session) must both be listed.
  const notPrincipal: [name: string, listed: string[], who: RequestPrincipal, excluded: boolean][] = [
    [
      "a listed user with its account is left out",
      [`arn:aws:iam::${account}:user/Bob`, `arn:aws:iam::${account}:root`],
      user,
      true,
    ],
    ["a listed user without its account is not left out", [`arn:aws:iam::${account}:user/Bob`], user, false],
    ["the listed account's root user is left out", [`arn:aws:iam::${account}:root`], root, true],
    ["another user of the listed account is not left out", [`arn:aws:iam::${account}:root`], user, false],
    [
      "a listed session with its account is left out",
      [`arn:aws:sts::${account}:assumed-role/reader/alice`, account],
      session,
      true,
    ],
    [
      "a role ARN does not leave its sessions out",
      [`arn:aws:iam::${account}:role/reader`, account],
      session,
      false,
    ],
  ];
  it.each(notPrincipal)("NotPrincipal: %s", (_name, listed, who, excluded) => {
    expect(excludedByNotPrincipal(principalSpec({ AWS: listed }), principalFacts(who))).toBe(excluded);
  });
});
