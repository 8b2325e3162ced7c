import { describe, expect, it } from "vitest";
import { compilePolicy } from "./compile.js";
import type { RequestContext } from "./context.js";
import { evaluate, type EvaluationInput, type NamedPolicy } from "./evaluate.js";
import type { RequestPrincipal } from "./principal.js";

const OWNER = "111122223333";
const OTHER = "444455556666";
const QUEUE = `arn:aws:sqs:us-east-1:${OWNER}:orders`;
const TOPIC = `arn:aws:sns:us-east-1:${OWNER}:orders-events`;
const NOW = Date.UTC(2026, 5, 15, 12, 0, 0);

const ownerRoot: RequestPrincipal = { type: "account", account: OWNER };
const ownerUser: RequestPrincipal = { type: "user", arn: `arn:aws:iam::${OWNER}:user/Bob` };
const ownerAlice: RequestPrincipal = { type: "user", arn: `arn:aws:iam::${OWNER}:user/Alice` };
const otherRoot: RequestPrincipal = { type: "account", account: OTHER };
const otherUser: RequestPrincipal = { type: "user", arn: `arn:aws:iam::${OTHER}:user/Carol` };
const otherSession: RequestPrincipal = {
  type: "assumed-role",
  arn: `arn:aws:sts::${OTHER}:assumed-role/writer/job-1`,
};
const sns: RequestPrincipal = { type: "service", service: "sns.amazonaws.com" };
const anonymous: RequestPrincipal = { type: "anonymous" };

function policy(name: string, ...statements: object[]): NamedPolicy {
  return { name, policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }) };
}

function request(principal: RequestPrincipal, overrides: Partial<RequestContext> = {}): RequestContext {
  return {
    principal,
    action: "sqs:SendMessage",
    resource: QUEUE,
    time: NOW,
    secureTransport: true,
    ...overrides,
  };
}

function decide(input: Partial<EvaluationInput> & { request: RequestContext }) {
  return evaluate({ resourceAccount: OWNER, ...input });
}

const allowSend = { Effect: "Allow", Action: "sqs:SendMessage", Resource: QUEUE };
const identityAllowsSend = policy("Bob's policy", allowSend);
const identityAllowsNothing = policy("Bob's other policy", { ...allowSend, Action: "sqs:ReceiveMessage" });

describe("explicit Deny wins anywhere", () => {
  it("an identity Deny overrides a resource Allow", () => {
    const result = decide({
      request: request(ownerUser),
      identityPolicies: [policy("Bob's policy", { ...allowSend, Effect: "Deny", Sid: "NoSend" })],
      resourcePolicy: policy("queue orders policy", { ...allowSend, Principal: "*" }),
    });
    expect(result).toMatchObject({
      decision: "ExplicitDeny",
      statement: { policy: "Bob's policy", sid: "NoSend", index: 0 },
    });
  });

  it("a resource Deny overrides an identity Allow", () => {
    const result = decide({
      request: request(ownerUser),
      identityPolicies: [identityAllowsSend],
      resourcePolicy: policy("queue orders policy", { ...allowSend, Effect: "Deny", Principal: "*" }),
    });
    expect(result).toMatchObject({
      decision: "ExplicitDeny",
      statement: { policy: "queue orders policy", index: 0 },
    });
  });

  it("a resource Deny applies to the owner's root user too", () => {
    const result = decide({
      request: request(ownerRoot),
      resourcePolicy: policy("queue orders policy", {
        ...allowSend,
        Effect: "Deny",
        Principal: { AWS: OWNER },
      }),
    });
    expect(result.decision).toBe("ExplicitDeny");
  });
});

describe("within one account", () => {
  const rows: [name: string, input: Partial<EvaluationInput>, expected: string][] = [
    ["an identity Allow alone is enough", { identityPolicies: [identityAllowsSend] }, "Allow"],
    [
      "a resource Allow naming the user alone is enough",
      {
        identityPolicies: [],
        resourcePolicy: policy("queue policy", {
          ...allowSend,
          Principal: { AWS: `arn:aws:iam::${OWNER}:user/Bob` },
        }),
      },
      "Allow",
    ],
    [
      "a resource Allow naming only the account delegates to identity policies",
      {
        identityPolicies: [identityAllowsNothing],
        resourcePolicy: policy("queue policy", { ...allowSend, Principal: { AWS: OWNER } }),
      },
      "ImplicitDeny",
    ],
    ["nothing allowing is an implicit deny", { identityPolicies: [identityAllowsNothing] }, "ImplicitDeny"],
    ["with identity policies not modelled, the owner's callers are allowed", {}, "Allow"],
  ];
  it.each(rows)("%s", (_name, input, expected) => {
    expect(decide({ request: request(ownerUser), ...input }).decision).toBe(expected);
  });

  it("the root user is allowed without identity policies", () => {
    expect(decide({ request: request(ownerRoot), identityPolicies: [] }).decision).toBe("Allow");
  });
});

describe("across accounts", () => {
  const queuePolicyForOther = policy("queue orders policy", { ...allowSend, Principal: { AWS: OTHER } });
  const rows: [name: string, who: RequestPrincipal, input: Partial<EvaluationInput>, expected: string][] = [
    [
      "both sides allowing is an Allow",
      otherUser,
      { identityPolicies: [identityAllowsSend], resourcePolicy: queuePolicyForOther },
      "Allow",
    ],
    [
      "the resource policy alone is not enough",
      otherUser,
      { identityPolicies: [identityAllowsNothing], resourcePolicy: queuePolicyForOther },
      "ImplicitDeny",
    ],
    [
      "the identity policy alone is not enough",
      otherUser,
      { identityPolicies: [identityAllowsSend] },
      "ImplicitDeny",
    ],
    [
      "with identity policies not modelled, the resource policy decides",
      otherUser,
      { resourcePolicy: queuePolicyForOther },
      "Allow",
    ],
    ["another account's root user still needs the resource policy", otherRoot, {}, "ImplicitDeny"],
    [
      "a policy naming a different account does not let the caller in",
      otherSession,
      { resourcePolicy: policy("queue policy", { ...allowSend, Principal: { AWS: "999988887777" } }) },
      "ImplicitDeny",
    ],
    [
      "a policy naming the caller's role lets its sessions in",
      otherSession,
      {
        resourcePolicy: policy("queue policy", {
          ...allowSend,
          Principal: { AWS: `arn:aws:iam::${OTHER}:role/writer` },
        }),
      },
      "Allow",
    ],
  ];
  it.each(rows)("%s", (_name, who, input, expected) => {
    expect(decide({ request: request(who), ...input }).decision).toBe(expected);
  });

  it("explains an implicit deny with the policy, the action and the caller's account", () => {
    const result = decide({
      request: request(otherUser),
      resourcePolicy: policy("queue orders policy", { ...allowSend, Principal: { AWS: OWNER } }),
    });
    expect(result).toEqual({
      decision: "ImplicitDeny",
      reason: `no statement of queue orders policy allows sqs:SendMessage on ${QUEUE} to arn:aws:iam::${OTHER}:user/Carol from account ${OTHER}`,
    });
  });
});

describe("SNS delivering to an SQS queue", () => {
  // The SNS developer guide's queue policy: the topic may send, checked with ArnEquals on aws:SourceArn.
  const snsMaySend = policy("queue orders policy", {
    Sid: "AllowTopicToSend",
    Effect: "Allow",
    Principal: { Service: "sns.amazonaws.com" },
    Action: "sqs:SendMessage",
    Resource: QUEUE,
    Condition: { ArnEquals: { "aws:SourceArn": TOPIC } },
  });

  it("allows the topic named in aws:SourceArn", () => {
    const result = decide({ request: request(sns, { sourceArn: TOPIC }), resourcePolicy: snsMaySend });
    expect(result).toMatchObject({ decision: "Allow", statement: { sid: "AllowTopicToSend" } });
  });

  it("denies another topic", () => {
    expect(
      decide({ request: request(sns, { sourceArn: `${TOPIC}-2` }), resourcePolicy: snsMaySend }).decision,
    ).toBe("ImplicitDeny");
  });

  it("denies a service principal when the queue has no policy", () => {
    expect(decide({ request: request(sns, { sourceArn: TOPIC }) }).decision).toBe("ImplicitDeny");
  });

  it('allows the older {"AWS": "*"} form with the same condition', () => {
    const older = policy("queue orders policy", {
      ...allowSend,
      Principal: { AWS: "*" },
      Condition: { ArnEquals: { "aws:SourceArn": TOPIC } },
    });
    expect(decide({ request: request(sns, { sourceArn: TOPIC }), resourcePolicy: older }).decision).toBe(
      "Allow",
    );
  });

  it("tests the service name through aws:PrincipalServiceName", () => {
    const byName = policy("queue policy", {
      ...allowSend,
      Principal: "*",
      Condition: { StringEquals: { "aws:PrincipalServiceName": "sns.amazonaws.com" } },
    });
    expect(decide({ request: request(sns), resourcePolicy: byName }).decision).toBe("Allow");
    expect(decide({ request: request(anonymous), resourcePolicy: byName }).decision).toBe("ImplicitDeny");
  });
});

describe("the stack's TLS-only queue policy", () => {
  // Owner access, a Deny for any call without TLS, and the topic's SendMessage (as the stack writes it).
  const stackPolicy = policy(
    "queue orders policy",
    {
      Sid: "QueueOwnerOnlyAccess",
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${OWNER}:root` },
      Action: [
        "sqs:DeleteMessage",
        "sqs:ReceiveMessage",
        "sqs:SendMessage",
        "sqs:GetQueueAttributes",
        "sqs:RemovePermission",
        "sqs:AddPermission",
        "sqs:SetQueueAttributes",
      ],
      Resource: QUEUE,
    },
    {
      Sid: "HttpsOnly",
      Effect: "Deny",
      Principal: "*",
      Action: "SQS:*",
      Resource: "*",
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    },
    {
      Sid: "AllowTopic",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Action: "sqs:SendMessage",
      Resource: QUEUE,
      Condition: { ArnEquals: { "aws:SourceArn": TOPIC } },
    },
  );
  const rows: [name: string, req: RequestContext, expected: string][] = [
    ["the owner over TLS may receive", request(ownerRoot, { action: "sqs:ReceiveMessage" }), "Allow"],
    [
      "the owner without TLS is denied",
      request(ownerRoot, { action: "sqs:ReceiveMessage", secureTransport: false }),
      "ExplicitDeny",
    ],
    ["the topic over TLS may send", request(sns, { sourceArn: TOPIC }), "Allow"],
    ["another account over TLS is not let in", request(otherRoot), "ImplicitDeny"],
    [
      "another account without TLS is denied explicitly",
      request(otherRoot, { secureTransport: false }),
      "ExplicitDeny",
    ],
  ];
  it.each(rows)("%s", (_name, req, expected) => {
    expect(decide({ request: req, resourcePolicy: stackPolicy }).decision).toBe(expected);
  });

  it("names the denying statement in its reason", () => {
    const result = decide({
      request: request(ownerRoot, { secureTransport: false }),
      resourcePolicy: stackPolicy,
    });
    expect(result).toEqual({
      decision: "ExplicitDeny",
      statement: { policy: "queue orders policy", index: 1, sid: "HttpsOnly" },
      reason: `statement 'HttpsOnly' of queue orders policy denies sqs:SendMessage on ${QUEUE} to arn:aws:iam::${OWNER}:root`,
    });
  });
});

describe("NotAction, NotResource and NotPrincipal (IAM guide examples)", () => {
  it("NotAction allows every action except the listed ones", () => {
    const everythingButIam = [policy("admin", { Effect: "Allow", NotAction: "iam:*", Resource: "*" })];
    expect(
      decide({ request: request(ownerUser, { action: "s3:ListBucket" }), identityPolicies: everythingButIam })
        .decision,
    ).toBe("Allow");
    expect(
      decide({
        request: request(ownerUser, { action: "IAM:CreateUser" }),
        identityPolicies: everythingButIam,
      }).decision,
    ).toBe("ImplicitDeny");
  });

  it("NotResource applies to every resource except the listed ones", () => {
    const denyOthers = [
      identityAllowsSend,
      policy("guard", { Effect: "Deny", Action: "sqs:*", NotResource: QUEUE }),
    ];
    expect(decide({ request: request(ownerUser), identityPolicies: denyOthers }).decision).toBe("Allow");
    expect(
      decide({ request: request(ownerUser, { resource: `${QUEUE}-2` }), identityPolicies: denyOthers })
        .decision,
    ).toBe("ExplicitDeny");
  });

  it("Deny with NotPrincipal denies everyone but the listed user and account", () => {
    const onlyBob = policy("queue policy", {
      Effect: "Deny",
      NotPrincipal: { AWS: [`arn:aws:iam::${OWNER}:user/Bob`, `arn:aws:iam::${OWNER}:root`] },
      Action: "sqs:*",
      Resource: QUEUE,
    });
    expect(decide({ request: request(ownerUser), resourcePolicy: onlyBob }).decision).toBe("Allow");
    expect(decide({ request: request(ownerAlice), resourcePolicy: onlyBob }).decision).toBe("ExplicitDeny");
    expect(decide({ request: request(ownerRoot), resourcePolicy: onlyBob }).decision).toBe("Allow");
  });
});

describe("global keys", () => {
  it("AWS:SourceOwner lets only the owner's account publish under SNS's default topic policy", () => {
    const topicPolicy = policy("topic orders-events policy", {
      Sid: "__default_statement_ID",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: ["SNS:Publish", "SNS:Subscribe"],
      Resource: TOPIC,
      Condition: { StringEquals: { "AWS:SourceOwner": OWNER } },
    });
    const publish = (who: RequestPrincipal, owner: string) =>
      decide({
        request: request(who, { action: "sns:Publish", resource: TOPIC, sourceOwner: owner }),
        resourcePolicy: topicPolicy,
      }).decision;
    expect(publish(otherUser, OWNER)).toBe("Allow");
    expect(publish(otherUser, OTHER)).toBe("ImplicitDeny");
  });

  it("aws:PrincipalAccount and aws:PrincipalArn describe the caller", () => {
    const onlyOtherWriter = policy("queue policy", {
      ...allowSend,
      Principal: "*",
      Condition: {
        StringEquals: { "aws:PrincipalAccount": OTHER },
        ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${OTHER}:role/writ*` },
      },
    });
    expect(decide({ request: request(otherSession), resourcePolicy: onlyOtherWriter }).decision).toBe(
      "Allow",
    );
    expect(decide({ request: request(otherUser), resourcePolicy: onlyOtherWriter }).decision).toBe(
      "ImplicitDeny",
    );
  });

  it("aws:SourceIp and aws:CurrentTime come from the request", () => {
    const officeHours = policy("queue policy", {
      ...allowSend,
      Principal: "*",
      Condition: {
        IpAddress: { "aws:SourceIp": "10.0.0.0/8" },
        DateLessThan: { "aws:CurrentTime": "2026-07-01T00:00:00Z" },
      },
    });
    expect(
      decide({ request: request(otherUser, { sourceIp: "10.1.2.3" }), resourcePolicy: officeHours }).decision,
    ).toBe("Allow");
    expect(
      decide({
        request: request(otherUser, { sourceIp: "10.1.2.3", time: Date.UTC(2026, 6, 2) }),
        resourcePolicy: officeHours,
      }).decision,
    ).toBe("ImplicitDeny");
  });
});

describe("service keys beside global keys", () => {
  it("tests keys the service passes and keys derived from the request together", () => {
    const tagged = policy("queue policy", {
      ...allowSend,
      Principal: "*",
      Condition: {
        StringEquals: { "aws:RequestTag/team": "orders" },
        Bool: { "aws:SecureTransport": "true" },
      },
    });
    const send = (team: string, secureTransport: boolean) =>
      decide({
        request: request(otherUser, { secureTransport, keys: { "aws:RequestTag/team": team } }),
        resourcePolicy: tagged,
      }).decision;
    expect(send("orders", true)).toBe("Allow");
    expect(send("billing", true)).toBe("ImplicitDeny");
    expect(send("orders", false)).toBe("ImplicitDeny");
  });
});

describe("anonymous callers", () => {
  it('are let in only by "*"', () => {
    const open = policy("queue policy", { ...allowSend, Principal: "*" });
    const ownerOnly = policy("queue policy", { ...allowSend, Principal: { AWS: OWNER } });
    expect(decide({ request: request(anonymous), resourcePolicy: open }).decision).toBe("Allow");
    expect(decide({ request: request(anonymous), resourcePolicy: ownerOnly }).decision).toBe("ImplicitDeny");
  });
});

describe("compiled policies", () => {
  it("compiles a text once and returns the cached result after", () => {
    const text = JSON.stringify({
      Version: "2012-10-17",
      Statement: { ...allowSend, Principal: "*", Sid: "cache-test" },
    });
    const first = compilePolicy(text, "resource");
    expect(first.ok).toBe(true);
    expect(compilePolicy(text, "resource")).toBe(first);
  });

  it("evaluates an already compiled policy like its text", () => {
    const text = JSON.stringify({
      Version: "2012-10-17",
      Statement: { ...allowSend, Principal: { AWS: OTHER } },
    });
    const compiled = compilePolicy(text, "resource");
    if (!compiled.ok) throw new Error(compiled.problem.message);
    const viaObject = decide({
      request: request(otherUser),
      resourcePolicy: { name: "p", policy: compiled.policy },
    });
    const viaText = decide({ request: request(otherUser), resourcePolicy: { name: "p", policy: text } });
    expect(viaObject).toEqual(viaText);
    expect(viaObject.decision).toBe("Allow");
  });

  it("an invalid stored policy grants nothing", () => {
    const broken = { name: "queue policy", policy: '{"Statement": [' };
    expect(decide({ request: request(otherUser), resourcePolicy: broken }).decision).toBe("ImplicitDeny");
  });
});
