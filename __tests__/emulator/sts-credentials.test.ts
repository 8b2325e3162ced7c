import { CreateRoleCommand, GetRoleCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure, IamClients, trustPolicy, type Credentials } from "./support/iam-clients.js";

const START = Date.UTC(2026, 0, 1);
const clock = new ManualClock(START);
let emulator: RunningEmulator;
let clients: IamClients;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  clients = new IamClients(emulator);
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

async function createRole(name: string, trustedPrincipal: string, maxSessionDuration?: number) {
  const { Role } = await clients.iam().send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: trustPolicy(trustedPrincipal),
      MaxSessionDuration: maxSessionDuration,
    }),
  );
  if (!Role?.Arn || !Role.RoleId) throw new Error("CreateRole returned no role");
  return { arn: Role.Arn, id: Role.RoleId };
}

function temporary(credentials: {
  AccessKeyId?: string;
  SecretAccessKey?: string;
  SessionToken?: string;
}): Credentials {
  return {
    accessKeyId: credentials.AccessKeyId ?? "",
    secretAccessKey: credentials.SecretAccessKey ?? "",
    sessionToken: credentials.SessionToken,
  };
}

describe("GetCallerIdentity", () => {
  it("answers the default account's root for the default test key", async () => {
    const identity = await clients.sts().send(new GetCallerIdentityCommand({}));
    expect({ Account: identity.Account, Arn: identity.Arn, UserId: identity.UserId }).toEqual({
      Account: "000000000000",
      Arn: "arn:aws:iam::000000000000:root",
      UserId: "000000000000",
    });
  });

  it("answers the account a 12-digit access key id names", async () => {
    const sts = clients.sts({ accessKeyId: "123456789012", secretAccessKey: "test" });
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe("123456789012");
    expect(identity.Arn).toBe("arn:aws:iam::123456789012:root");
  });
});

describe("AssumeRole", () => {
  it("issues ASIA credentials that act as the assumed role", async () => {
    const role = await createRole("deployer", "000000000000");
    const assumed = await clients
      .sts()
      .send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "ci-run", DurationSeconds: 900 }));
    expect(assumed.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(assumed.Credentials?.SecretAccessKey).toHaveLength(40);
    expect(assumed.Credentials?.SessionToken?.length).toBeGreaterThan(100);
    expect(assumed.Credentials?.Expiration?.getTime()).toBe(START + 900_000);
    expect(assumed.AssumedRoleUser).toEqual({
      AssumedRoleId: `${role.id}:ci-run`,
      Arn: "arn:aws:sts::000000000000:assumed-role/deployer/ci-run",
    });
    const asRole = clients.sts(temporary(assumed.Credentials ?? {}));
    const identity = await asRole.send(new GetCallerIdentityCommand({}));
    expect({ Account: identity.Account, Arn: identity.Arn, UserId: identity.UserId }).toEqual({
      Account: "000000000000",
      Arn: "arn:aws:sts::000000000000:assumed-role/deployer/ci-run",
      UserId: `${role.id}:ci-run`,
    });
  });

  it("lets another account assume a role whose trust policy names that account", async () => {
    const role = await createRole("cross-account", "arn:aws:iam::111111111111:root");
    const other = clients.sts({ accessKeyId: "111111111111", secretAccessKey: "test" });
    const assumed = await other.send(
      new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "visitor" }),
    );
    const identity = await clients
      .sts(temporary(assumed.Credentials ?? {}))
      .send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe("arn:aws:sts::000000000000:assumed-role/cross-account/visitor");
    expect(identity.Account).toBe("000000000000");
  });

  it("refuses a caller the trust policy does not name, with AccessDenied 403", async () => {
    const role = await createRole("closed", "arn:aws:iam::222222222222:root");
    const error = await failure(
      clients.sts().send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "nope" })),
    );
    expect(error).toEqual({
      name: "AccessDenied",
      status: 403,
      message: `User: arn:aws:iam::000000000000:root is not authorized to perform: sts:AssumeRole on resource: ${role.arn}`,
    });
  });

  it("refuses a role that does not exist with AccessDenied, as AWS does", async () => {
    const error = await failure(
      clients
        .sts()
        .send(
          new AssumeRoleCommand({ RoleArn: "arn:aws:iam::000000000000:role/missing", RoleSessionName: "s1" }),
        ),
    );
    expect(error.name).toBe("AccessDenied");
    expect(error.status).toBe(403);
  });

  it("refuses a duration beyond the role's MaxSessionDuration with ValidationError", async () => {
    const role = await createRole("short-sessions", "000000000000");
    const error = await failure(
      clients
        .sts()
        .send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "long", DurationSeconds: 7200 })),
    );
    expect(error).toEqual({
      name: "ValidationError",
      status: 400,
      message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    });
  });

  it("reports an invalid session name with IAM's Coral validation message", async () => {
    const role = await createRole("validated", "000000000000");
    const error = await failure(
      clients.sts().send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "has space" })),
    );
    expect(error.name).toBe("ValidationError");
    expect(error.message).toBe(
      "1 validation error detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
  });

  it("refuses calls with the credentials once they expire, with ExpiredToken", async () => {
    const role = await createRole("expiring", "000000000000");
    const assumed = await clients
      .sts()
      .send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "brief", DurationSeconds: 900 }));
    const asRole = clients.iam(temporary(assumed.Credentials ?? {}));
    await asRole.send(new GetRoleCommand({ RoleName: "expiring" }));
    clock.advance(900_000);
    const error = await failure(asRole.send(new GetRoleCommand({ RoleName: "expiring" })));
    expect(error.name).toBe("ExpiredToken");
    expect(error.status).toBe(400);
  });
});

describe("GetSessionToken", () => {
  it("issues credentials that act as the calling identity", async () => {
    const sts = clients.sts({ accessKeyId: "333333333333", secretAccessKey: "test" });
    const { Credentials } = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 7200 }));
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
    // An account root's session lasts at most an hour, whatever it asks for.
    expect(Credentials?.Expiration?.getTime()).toBe(clock.now() + 3_600_000);
    const identity = await clients.sts(temporary(Credentials ?? {})).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe("arn:aws:iam::333333333333:root");
  });

  it("refuses role-session credentials, as AWS does", async () => {
    const role = await createRole("no-chained-tokens", "000000000000");
    const assumed = await clients
      .sts()
      .send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "session" }));
    const error = await failure(
      clients.sts(temporary(assumed.Credentials ?? {})).send(new GetSessionTokenCommand({})),
    );
    expect(error).toEqual({
      name: "AccessDenied",
      status: 403,
      message: "Cannot call GetSessionToken with session credentials",
    });
  });
});
