import { CreateRoleCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StsInterface } from "../../emulator/core/interfaces.js";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { IamClients } from "./support/iam-clients.js";

const START = Date.UTC(2026, 0, 1);
const clock = new ManualClock(START);
let emulator: RunningEmulator;
let clients: IamClients;
let sts: StsInterface;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  clients = new IamClients(emulator);
  sts = (await emulator.service("sts")).api as StsInterface;
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

function serviceTrust(service: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
  });
}

async function createRole(name: string, trustPolicy: string, maxSessionDuration?: number): Promise<string> {
  const { Role } = await clients.iam().send(
    new CreateRoleCommand({
      RoleName: name,
      Path: "/service-role/",
      AssumeRolePolicyDocument: trustPolicy,
      MaxSessionDuration: maxSessionDuration,
    }),
  );
  return Role?.Arn ?? "";
}

describe("STS role sessions for services (StsInterface)", () => {
  it("issues a session for a service its trust policy names, whose calls act as the role session", async () => {
    const roleArn = await createRole("consumer-role", serviceTrust("lambda.amazonaws.com"));
    const result = sts.assumeRoleForService(roleArn, "consumer", "lambda.amazonaws.com", 3600);
    if (!result.issued) throw new Error(result.detail);
    expect(result.credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(result.credentials.expiresAt).toBe(START + 3_600_000);
    const identity = await clients
      .sts({
        accessKeyId: result.credentials.accessKeyId,
        secretAccessKey: result.credentials.secretAccessKey,
        sessionToken: result.credentials.sessionToken,
      })
      .send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe("arn:aws:sts::000000000000:assumed-role/consumer-role/consumer");
    expect(identity.UserId).toMatch(/^AROA[A-Z2-7]{17}:consumer$/);
  });

  it("refuses a service its trust policy does not name, with AccessDenied and what to add", async () => {
    const roleArn = await createRole("sns-only-role", serviceTrust("sns.amazonaws.com"));
    const result = sts.assumeRoleForService(roleArn, "consumer", "lambda.amazonaws.com", 3600);
    expect(result).toMatchObject({ issued: false, reason: "AccessDenied" });
    expect(!result.issued && result.detail).toContain("lambda.amazonaws.com");
  });

  it("refuses a role that does not exist with NoSuchEntity", () => {
    const result = sts.assumeRoleForService(
      "arn:aws:iam::000000000000:role/absent",
      "consumer",
      "lambda.amazonaws.com",
      3600,
    );
    expect(result).toMatchObject({ issued: false, reason: "NoSuchEntity" });
  });

  it("keeps the session within the role's maximum session duration", async () => {
    const roleArn = await createRole("short-role", serviceTrust("lambda.amazonaws.com"), 3600);
    const result = sts.assumeRoleForService(roleArn, "consumer", "lambda.amazonaws.com", 43_200);
    expect(result.issued && result.credentials.expiresAt).toBe(START + 3_600_000);
  });
});
