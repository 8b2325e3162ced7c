import {
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetRoleCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { CreateQueueCommand, ListQueuesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure, IamClients, trustPolicy, type Credentials } from "./support/iam-clients.js";

const ACCOUNT = "000000000000";
let enforcing: RunningEmulator;
let clients: IamClients;
const sqsClients: SQSClient[] = [];

beforeAll(async () => {
  enforcing = await startEmulator({ port: 0, enforceIam: true, log: () => {} });
  clients = new IamClients(enforcing);
});

afterAll(async () => {
  for (const client of sqsClients) client.destroy();
  clients.destroy();
  await enforcing.stop();
});

function sqs(emulator: RunningEmulator, credentials: Credentials): SQSClient {
  const client = new SQSClient({ endpoint: emulator.url, region: "us-east-1", credentials });
  sqsClients.push(client);
  return client;
}

function policy(effect: "Allow" | "Deny", action: string | string[]): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: effect, Action: action, Resource: "*" }],
  });
}

/** Creates a role trusted by `trusted` with an inline policy, and assumes it as root. */
async function sessionOf(emulator: RunningEmulator, name: string, inline: string): Promise<Credentials> {
  const local = new IamClients(emulator);
  try {
    await local
      .iam()
      .send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trustPolicy(ACCOUNT) }));
    await local
      .iam()
      .send(new PutRolePolicyCommand({ RoleName: name, PolicyName: "inline", PolicyDocument: inline }));
    const { Credentials } = await local
      .sts()
      .send(
        new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/${name}`, RoleSessionName: "s1" }),
      );
    return {
      accessKeyId: Credentials?.AccessKeyId ?? "",
      secretAccessKey: Credentials?.SecretAccessKey ?? "",
      sessionToken: Credentials?.SessionToken,
    };
  } finally {
    local.destroy();
  }
}

describe("--enforce-iam", () => {
  it("allows a role session what its policy allows", async () => {
    const session = await sessionOf(enforcing, "lister", policy("Allow", "sqs:ListQueues"));
    const listed = await sqs(enforcing, session).send(new ListQueuesCommand({}));
    expect(listed.$metadata.httpStatusCode).toBe(200);
  });

  it("denies the rest with AccessDenied 403 and AWS's message (a JSON service)", async () => {
    const session = await sessionOf(enforcing, "only-lists", policy("Allow", "sqs:ListQueues"));
    const error = await failure(sqs(enforcing, session).send(new CreateQueueCommand({ QueueName: "nope" })));
    expect(error.status).toBe(403);
    expect(error.name).toBe("AccessDenied");
    expect(error.message).toBe(
      `User: arn:aws:sts::${ACCOUNT}:assumed-role/only-lists/s1 is not authorized to perform: sqs:CreateQueue on resource: arn:aws:sqs:us-east-1:${ACCOUNT}:* because no identity-based policy allows the sqs:CreateQueue action`,
    );
  });

  it("denies a query service's action with AccessDenied 403", async () => {
    const session = await sessionOf(enforcing, "no-iam", policy("Allow", "sqs:*"));
    const error = await failure(clients.iam(session).send(new GetRoleCommand({ RoleName: "no-iam" })));
    expect(error).toEqual({
      name: "AccessDenied",
      status: 403,
      message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/no-iam/s1 is not authorized to perform: iam:GetRole on resource: arn:aws:iam::${ACCOUNT}:* because no identity-based policy allows the iam:GetRole action`,
    });
  });

  it("lets an explicit Deny in an attached managed policy win over an Allow", async () => {
    const session = await sessionOf(enforcing, "denied", policy("Allow", "sqs:*"));
    const { Policy } = await clients.iam().send(
      new CreatePolicyCommand({
        PolicyName: "no-listing",
        PolicyDocument: policy("Deny", "sqs:ListQueues"),
      }),
    );
    await clients.iam().send(new AttachRolePolicyCommand({ RoleName: "denied", PolicyArn: Policy?.Arn }));
    const error = await failure(sqs(enforcing, session).send(new ListQueuesCommand({})));
    expect(error.message).toMatch(
      /sqs:ListQueues on resource: .* with an explicit deny in an identity-based policy$/,
    );
    const created = await sqs(enforcing, session).send(new CreateQueueCommand({ QueueName: "allowed" }));
    expect(created.QueueUrl).toContain("/allowed");
  });

  it("keeps full access for the default credentials (an account root)", async () => {
    const created = await sqs(enforcing, { accessKeyId: "test", secretAccessKey: "test" }).send(
      new CreateQueueCommand({ QueueName: "root-made" }),
    );
    expect(created.QueueUrl).toContain("/root-made");
  });

  it("always answers GetCallerIdentity, which needs no permission", async () => {
    const session = await sessionOf(enforcing, "no-policy", policy("Allow", "sqs:ListQueues"));
    const identity = await clients.sts(session).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/no-policy/s1`);
  });

  it("evaluates an IAM user's access key against the user's inline policy", async () => {
    await clients.iam().send(new CreateUserCommand({ UserName: "carol" }));
    await clients.iam().send(
      new PutUserPolicyCommand({
        UserName: "carol",
        PolicyName: "q",
        PolicyDocument: policy("Allow", "sqs:List*"),
      }),
    );
    const { AccessKey } = await clients.iam().send(new CreateAccessKeyCommand({ UserName: "carol" }));
    const carol = {
      accessKeyId: AccessKey?.AccessKeyId ?? "",
      secretAccessKey: AccessKey?.SecretAccessKey ?? "",
    };
    expect((await sqs(enforcing, carol).send(new ListQueuesCommand({}))).$metadata.httpStatusCode).toBe(200);
    const error = await failure(sqs(enforcing, carol).send(new CreateQueueCommand({ QueueName: "x" })));
    expect(error.message).toContain(`User: arn:aws:iam::${ACCOUNT}:user/carol is not authorized to perform`);
  });

  it("lets a user assume a role whose trust policy names the user, without an identity policy for it", async () => {
    await clients.iam().send(new CreateUserCommand({ UserName: "dave" }));
    const { AccessKey } = await clients.iam().send(new CreateAccessKeyCommand({ UserName: "dave" }));
    const dave = {
      accessKeyId: AccessKey?.AccessKeyId ?? "",
      secretAccessKey: AccessKey?.SecretAccessKey ?? "",
    };
    await clients.iam().send(
      new CreateRoleCommand({
        RoleName: "for-dave",
        AssumeRolePolicyDocument: trustPolicy(`arn:aws:iam::${ACCOUNT}:user/dave`),
      }),
    );
    await clients
      .iam()
      .send(
        new CreateRoleCommand({ RoleName: "for-account", AssumeRolePolicyDocument: trustPolicy(ACCOUNT) }),
      );
    const assumed = await clients
      .sts(dave)
      .send(
        new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/for-dave`, RoleSessionName: "d1" }),
      );
    expect(assumed.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/for-dave/d1`);
    // A trust policy naming only the account defers to the user's identity policies, which allow nothing.
    const error = await failure(
      clients.sts(dave).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/for-account`,
          RoleSessionName: "d1",
        }),
      ),
    );
    expect(error.name).toBe("AccessDenied");
    expect(error.message).toContain("sts:AssumeRole on resource: arn:aws:iam::000000000000:role/for-account");
  });
});

describe("without --enforce-iam", () => {
  it("lets a role session with no matching policy do anything in its account", async () => {
    const open = await startEmulator({ port: 0, log: () => {} });
    try {
      const session = await sessionOf(open, "unchecked", policy("Allow", "sqs:ListQueues"));
      const created = await sqs(open, session).send(new CreateQueueCommand({ QueueName: "unchecked" }));
      expect(created.QueueUrl).toContain("/unchecked");
    } finally {
      await open.stop();
    }
  });
});
