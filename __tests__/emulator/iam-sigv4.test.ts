import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure, IamClients, trustPolicy } from "./support/iam-clients.js";

/** With `--sigv4`, keys IAM and STS issued are verified with their own secrets. */
let emulator: RunningEmulator;
let clients: IamClients;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    sigv4: { credentials: [{ accessKeyId: "test", secretAccessKey: "test" }] },
    log: () => {},
  });
  clients = new IamClients(emulator);
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

describe("SigV4 verification of issued keys", () => {
  it("accepts an IAM user's access key signed with its secret and refuses a wrong secret", async () => {
    await clients.iam().send(new CreateUserCommand({ UserName: "signer" }));
    const { AccessKey } = await clients.iam().send(new CreateAccessKeyCommand({ UserName: "signer" }));
    const accessKeyId = AccessKey?.AccessKeyId ?? "";
    const identity = await clients
      .sts({ accessKeyId, secretAccessKey: AccessKey?.SecretAccessKey ?? "" })
      .send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe("arn:aws:iam::000000000000:user/signer");
    const forged = await failure(
      clients.sts({ accessKeyId, secretAccessKey: "not-the-secret" }).send(new GetCallerIdentityCommand({})),
    );
    expect(forged.name).toBe("SignatureDoesNotMatch");
    expect(forged.status).toBe(403);
  });

  it("accepts temporary credentials from AssumeRole signed with their secret", async () => {
    const { Role } = await clients
      .iam()
      .send(
        new CreateRoleCommand({ RoleName: "signed", AssumeRolePolicyDocument: trustPolicy("000000000000") }),
      );
    const { Credentials } = await clients
      .sts()
      .send(new AssumeRoleCommand({ RoleArn: Role?.Arn, RoleSessionName: "signed-session" }));
    const identity = await clients
      .sts({
        accessKeyId: Credentials?.AccessKeyId ?? "",
        secretAccessKey: Credentials?.SecretAccessKey ?? "",
        sessionToken: Credentials?.SessionToken,
      })
      .send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe("arn:aws:sts::000000000000:assumed-role/signed/signed-session");
  });

  it("still refuses a key nobody issued", async () => {
    const error = await failure(
      clients
        .sts({ accessKeyId: "AKIAUNKNOWNUNKNOWN00", secretAccessKey: "x" })
        .send(new GetCallerIdentityCommand({})),
    );
    expect(error.name).toBe("InvalidClientTokenId");
  });
});
