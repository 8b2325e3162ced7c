import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  GetRoleCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListGroupsForUserCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  PutRolePolicyCommand,
  TagUserCommand,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure, IamClients, trustPolicy } from "./support/iam-clients.js";

let emulator: RunningEmulator;
let clients: IamClients;
const iam = () => clients.iam();

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  clients = new IamClients(emulator);
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

async function keyFor(userName: string) {
  const { AccessKey } = await iam().send(new CreateAccessKeyCommand({ UserName: userName }));
  return { accessKeyId: AccessKey?.AccessKeyId ?? "", secretAccessKey: AccessKey?.SecretAccessKey ?? "" };
}

describe("users", () => {
  it("creates a user with an AIDA id and reads it back", async () => {
    const { User } = await iam().send(new CreateUserCommand({ UserName: "alice", Path: "/people/" }));
    expect(User?.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(User).toMatchObject({
      UserName: "alice",
      Path: "/people/",
      Arn: "arn:aws:iam::000000000000:user/people/alice",
    });
    const read = await iam().send(new GetUserCommand({ UserName: "alice" }));
    expect(read.User).toEqual(User);
    const { Users } = await iam().send(new ListUsersCommand({}));
    expect(Users?.map((user) => user.UserName)).toEqual(["alice"]);
  });

  it("tags a user; a key differing only in case replaces the earlier tag", async () => {
    await iam().send(new TagUserCommand({ UserName: "alice", Tags: [{ Key: "Team", Value: "a" }] }));
    await iam().send(new TagUserCommand({ UserName: "alice", Tags: [{ Key: "team", Value: "b" }] }));
    const { Tags } = await iam().send(new ListUserTagsCommand({ UserName: "alice" }));
    expect(Tags).toEqual([{ Key: "team", Value: "b" }]);
  });

  it("lists no groups for a user (groups are not modelled)", async () => {
    const { Groups, IsTruncated } = await iam().send(new ListGroupsForUserCommand({ UserName: "alice" }));
    expect(Groups).toEqual([]);
    expect(IsTruncated).toBe(false);
  });

  it("answers GetUser without a name with the root of the calling account", async () => {
    const { User } = await iam().send(new GetUserCommand({}));
    expect(User?.Arn).toBe("arn:aws:iam::000000000000:root");
    expect(User?.UserId).toBe("000000000000");
  });
});

describe("access keys", () => {
  it("issues an AKIA key whose requests act as the user", async () => {
    const credentials = await keyFor("alice");
    expect(credentials.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(credentials.secretAccessKey).toHaveLength(40);
    const identity = await clients.sts(credentials).send(new GetCallerIdentityCommand({}));
    const { User } = await iam().send(new GetUserCommand({ UserName: "alice" }));
    expect(identity).toMatchObject({
      Account: "000000000000",
      Arn: "arn:aws:iam::000000000000:user/people/alice",
      UserId: User?.UserId,
    });
    const self = await clients.iam(credentials).send(new GetUserCommand({}));
    expect(self.User?.UserName).toBe("alice");
  });

  it("lists the user's keys without their secrets", async () => {
    const { AccessKeyMetadata } = await iam().send(new ListAccessKeysCommand({ UserName: "alice" }));
    expect(AccessKeyMetadata).toHaveLength(1);
    expect(AccessKeyMetadata?.[0]).toMatchObject({ UserName: "alice", Status: "Active" });
    expect(AccessKeyMetadata?.[0]).not.toHaveProperty("SecretAccessKey");
  });

  it("refuses a third key with LimitExceeded", async () => {
    await keyFor("alice");
    const error = await failure(iam().send(new CreateAccessKeyCommand({ UserName: "alice" })));
    expect(error.name).toBe("LimitExceededException");
    expect(error.message).toBe("Cannot exceed quota for AccessKeysPerUser: 2");
  });

  it("refuses to delete a user with keys with DeleteConflict", async () => {
    const error = await failure(iam().send(new DeleteUserCommand({ UserName: "alice" })));
    expect(error).toEqual({
      name: "DeleteConflictException",
      status: 409,
      message: "Cannot delete entity, must delete access keys first.",
    });
  });

  it("stops resolving a deleted key to its user", async () => {
    const { AccessKeyMetadata = [] } = await iam().send(new ListAccessKeysCommand({ UserName: "alice" }));
    for (const key of AccessKeyMetadata) {
      await iam().send(new DeleteAccessKeyCommand({ UserName: "alice", AccessKeyId: key.AccessKeyId }));
    }
    const identity = await clients
      .sts({ accessKeyId: AccessKeyMetadata[0]?.AccessKeyId ?? "", secretAccessKey: "x" })
      .send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe("arn:aws:iam::000000000000:root");
    await iam().send(new DeleteUserCommand({ UserName: "alice" }));
    expect((await failure(iam().send(new GetUserCommand({ UserName: "alice" })))).name).toBe(
      "NoSuchEntityException",
    );
  });
});

describe("with a data dir", () => {
  it("keeps roles, their policies, users, access keys and role sessions across a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "eda-iam-"));
    try {
      const first = await startEmulator({ port: 0, dataDir, log: () => {} });
      const firstClients = new IamClients(first);
      const created = await firstClients.iam().send(
        new CreateRoleCommand({
          RoleName: "durable",
          AssumeRolePolicyDocument: trustPolicy("000000000000"),
        }),
      );
      await firstClients.iam().send(
        new PutRolePolicyCommand({
          RoleName: "durable",
          PolicyName: "all-sqs",
          PolicyDocument:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]}',
        }),
      );
      await firstClients.iam().send(new CreateUserCommand({ UserName: "bob" }));
      const { AccessKey } = await firstClients.iam().send(new CreateAccessKeyCommand({ UserName: "bob" }));
      const { Credentials } = await firstClients
        .sts()
        .send(new AssumeRoleCommand({ RoleArn: created.Role?.Arn, RoleSessionName: "before-restart" }));
      firstClients.destroy();
      await first.stop();

      const second = await startEmulator({ port: 0, dataDir, log: () => {} });
      const secondClients = new IamClients(second);
      try {
        const { Role } = await secondClients.iam().send(new GetRoleCommand({ RoleName: "durable" }));
        expect(Role).toEqual({ ...created.Role, RoleLastUsed: {} });
        const identity = await secondClients
          .sts({
            accessKeyId: AccessKey?.AccessKeyId ?? "",
            secretAccessKey: AccessKey?.SecretAccessKey ?? "",
          })
          .send(new GetCallerIdentityCommand({}));
        expect(identity.Arn).toBe("arn:aws:iam::000000000000:user/bob");
        const session = await secondClients
          .sts({
            accessKeyId: Credentials?.AccessKeyId ?? "",
            secretAccessKey: Credentials?.SecretAccessKey ?? "",
            sessionToken: Credentials?.SessionToken,
          })
          .send(new GetCallerIdentityCommand({}));
        expect(session.Arn).toBe("arn:aws:sts::000000000000:assumed-role/durable/before-restart");
        expect((await second.service("iam")).summary()).toEqual({
          "000000000000": { global: { users: 1, roles: 1, accessKeys: 1 } },
        });
      } finally {
        secondClients.destroy();
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
