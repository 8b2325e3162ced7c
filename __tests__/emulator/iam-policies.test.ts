import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteRoleCommand,
  DetachRolePolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
  ListRolePoliciesCommand,
  PutRolePolicyCommand,
  ListPolicyTagsCommand,
  SetDefaultPolicyVersionCommand,
  TagPolicyCommand,
  UntagPolicyCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure, IamClients, trustPolicy } from "./support/iam-clients.js";

const clock = new ManualClock(Date.UTC(2026, 5, 1, 12, 0, 0));
let emulator: RunningEmulator;
let clients: IamClients;
const iam = () => clients.iam();

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  clients = new IamClients(emulator);
  await iam().send(
    new CreateRoleCommand({ RoleName: "worker", AssumeRolePolicyDocument: trustPolicy("000000000000") }),
  );
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

function allow(action: string, resource = "*"): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: action, Resource: resource }],
  });
}

describe("inline role policies", () => {
  it("reads a put document back URL-encoded exactly, * as %2A", async () => {
    const document =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]}';
    await iam().send(
      new PutRolePolicyCommand({ RoleName: "worker", PolicyName: "queues", PolicyDocument: document }),
    );
    const read = await iam().send(new GetRolePolicyCommand({ RoleName: "worker", PolicyName: "queues" }));
    expect(read.RoleName).toBe("worker");
    expect(read.PolicyName).toBe("queues");
    expect(read.PolicyDocument).toBe(
      "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22sqs%3A%2A%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D",
    );
  });

  it("lists policy names in name order", async () => {
    await iam().send(
      new PutRolePolicyCommand({ RoleName: "worker", PolicyName: "logs", PolicyDocument: allow("logs:*") }),
    );
    const { PolicyNames } = await iam().send(new ListRolePoliciesCommand({ RoleName: "worker" }));
    expect(PolicyNames).toEqual(["logs", "queues"]);
  });

  it("refuses an identity policy with a Principal with MalformedPolicyDocument", async () => {
    const document = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:*", Resource: "*" }],
    });
    const error = await failure(
      iam().send(
        new PutRolePolicyCommand({ RoleName: "worker", PolicyName: "bad", PolicyDocument: document }),
      ),
    );
    expect(error.name).toBe("MalformedPolicyDocumentException");
    expect(error.status).toBe(400);
  });

  it("refuses a Sid with other characters than letters and digits, as IAM does", async () => {
    const document = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Sid: "Allow-Logs", Effect: "Allow", Action: "logs:*", Resource: "*" }],
    });
    const error = await failure(
      iam().send(
        new PutRolePolicyCommand({ RoleName: "worker", PolicyName: "sid", PolicyDocument: document }),
      ),
    );
    expect(error).toEqual({
      name: "MalformedPolicyDocumentException",
      status: 400,
      message:
        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
    });
  });

  it("answers NoSuchEntity for a policy name the role does not have", async () => {
    const error = await failure(
      iam().send(new GetRolePolicyCommand({ RoleName: "worker", PolicyName: "nope" })),
    );
    expect(error).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "The role policy with name nope cannot be found.",
    });
  });
});

describe("managed policies", () => {
  let arn = "";

  it("creates a policy with an ANPA id, version v1 and no attachments", async () => {
    const { Policy } = await iam().send(
      new CreatePolicyCommand({
        PolicyName: "read-queues",
        Path: "/app/",
        PolicyDocument: allow("sqs:Receive*"),
      }),
    );
    arn = Policy?.Arn ?? "";
    expect(Policy?.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect(Policy).toMatchObject({
      PolicyName: "read-queues",
      Arn: "arn:aws:iam::000000000000:policy/app/read-queues",
      Path: "/app/",
      DefaultVersionId: "v1",
      AttachmentCount: 0,
      IsAttachable: true,
    });
    expect(Policy?.CreateDate?.toISOString()).toBe("2026-06-01T12:00:00.000Z");
  });

  it("counts and lists attachments to a role", async () => {
    await iam().send(new AttachRolePolicyCommand({ RoleName: "worker", PolicyArn: arn }));
    const { Policy } = await iam().send(new GetPolicyCommand({ PolicyArn: arn }));
    const { AttachedPolicies } = await iam().send(
      new ListAttachedRolePoliciesCommand({ RoleName: "worker" }),
    );
    expect(Policy?.AttachmentCount).toBe(1);
    expect(AttachedPolicies).toEqual([{ PolicyName: "read-queues", PolicyArn: arn }]);
    const { Policies } = await iam().send(new ListPoliciesCommand({ Scope: "Local", OnlyAttached: true }));
    expect(Policies?.map((policy) => policy.Arn)).toEqual([arn]);
  });

  it("refuses to delete an attached policy or a role with one attached, with DeleteConflict", async () => {
    const policyError = await failure(iam().send(new DeletePolicyCommand({ PolicyArn: arn })));
    const roleError = await failure(iam().send(new DeleteRoleCommand({ RoleName: "worker" })));
    expect(policyError).toEqual({
      name: "DeleteConflictException",
      status: 409,
      message: "Cannot delete a policy attached to entities.",
    });
    expect(roleError.message).toBe("Cannot delete entity, must delete policies first.");
  });

  it("refuses to attach a policy that does not exist with NoSuchEntity", async () => {
    const missing = "arn:aws:iam::000000000000:policy/missing";
    const error = await failure(
      iam().send(new AttachRolePolicyCommand({ RoleName: "worker", PolicyArn: missing })),
    );
    expect(error).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: `Policy ${missing} does not exist or is not attachable.`,
    });
  });

  it("keeps versions: a new default, its document encoded, newest first in the list", async () => {
    clock.advance(5_000);
    const created = await iam().send(
      new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: allow("sqs:*"), SetAsDefault: true }),
    );
    expect(created.PolicyVersion).toMatchObject({ VersionId: "v2", IsDefaultVersion: true });
    const read = await iam().send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: "v2" }));
    expect(decodeURIComponent(read.PolicyVersion?.Document ?? "")).toBe(allow("sqs:*"));
    expect(read.PolicyVersion?.Document).toContain("sqs%3A%2A");
    const { Versions } = await iam().send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
    expect(Versions?.map((v) => [v.VersionId, v.IsDefaultVersion, v.Document])).toEqual([
      ["v2", true, undefined],
      ["v1", false, undefined],
    ]);
    const { Policy } = await iam().send(new GetPolicyCommand({ PolicyArn: arn }));
    expect(Policy?.DefaultVersionId).toBe("v2");
    expect(Policy?.UpdateDate?.toISOString()).toBe("2026-06-01T12:00:05.000Z");
  });

  it("refuses to delete the default version with DeleteConflict", async () => {
    const error = await failure(
      iam().send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: "v2" })),
    );
    expect(error.name).toBe("DeleteConflictException");
    expect(error.message).toBe("Cannot delete the default version of a policy.");
  });

  it("allows five versions and refuses a sixth with LimitExceeded 409", async () => {
    for (let i = 0; i < 3; i++) {
      await iam().send(
        new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: allow(`sqs:Op${i}`) }),
      );
    }
    const error = await failure(
      iam().send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: allow("sqs:Six") })),
    );
    expect(error).toEqual({
      name: "LimitExceededException",
      status: 409,
      message:
        "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
    });
  });

  it("never reuses a deleted version's id", async () => {
    await iam().send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: "v5" }));
    const { PolicyVersion } = await iam().send(
      new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: allow("sqs:Again") }),
    );
    expect(PolicyVersion?.VersionId).toBe("v6");
  });

  it("tags and untags a managed policy, and GetPolicy shows its tags", async () => {
    await iam().send(
      new TagPolicyCommand({
        PolicyArn: arn,
        Tags: [
          { Key: "a", Value: "1" },
          { Key: "b", Value: "2" },
        ],
      }),
    );
    await iam().send(new UntagPolicyCommand({ PolicyArn: arn, TagKeys: ["a"] }));
    const { Tags } = await iam().send(new ListPolicyTagsCommand({ PolicyArn: arn }));
    const { Policy } = await iam().send(new GetPolicyCommand({ PolicyArn: arn }));
    expect(Tags).toEqual([{ Key: "b", Value: "2" }]);
    expect(Policy?.Tags).toEqual([{ Key: "b", Value: "2" }]);
  });

  it("switches the default version with SetDefaultPolicyVersion", async () => {
    await iam().send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: "v1" }));
    const { PolicyVersion } = await iam().send(
      new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: "v1" }),
    );
    expect(PolicyVersion?.IsDefaultVersion).toBe(true);
  });

  it("deletes a detached policy once only its default version is left", async () => {
    await iam().send(new DetachRolePolicyCommand({ RoleName: "worker", PolicyArn: arn }));
    const versionsLeft = await failure(iam().send(new DeletePolicyCommand({ PolicyArn: arn })));
    expect(versionsLeft.name).toBe("DeleteConflictException");
    for (const versionId of ["v2", "v3", "v4", "v6"]) {
      await iam().send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: versionId }));
    }
    await iam().send(new DeletePolicyCommand({ PolicyArn: arn }));
    expect((await failure(iam().send(new GetPolicyCommand({ PolicyArn: arn })))).name).toBe(
      "NoSuchEntityException",
    );
  });
});
