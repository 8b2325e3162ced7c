import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetRoleCommand,
  ListInstanceProfilesForRoleCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { failure, IamClients, trustPolicy } from "./support/iam-clients.js";

const clock = new ManualClock(Date.UTC(2026, 2, 4, 5, 6, 7, 890));
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

const LAMBDA_TRUST =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';
/** LAMBDA_TRUST as IAM returns it: RFC 3986 percent-encoding, spaces as %20. */
const LAMBDA_TRUST_ENCODED =
  "%7B%22Version%22%3A%20%222012-10-17%22%2C%20%22Statement%22%3A%20%5B%7B%22Effect%22%3A%20%22Allow%22%2C%20%22Principal%22%3A%20%7B%22Service%22%3A%20%22lambda.amazonaws.com%22%7D%2C%20%22Action%22%3A%20%22sts%3AAssumeRole%22%7D%5D%7D";

const iam = () => clients.iam();

describe("CreateRole and GetRole", () => {
  it("returns the role with AWS's id, ARN, date and URL-encoded trust policy", async () => {
    const { Role } = await iam().send(
      new CreateRoleCommand({ RoleName: "lambda-exec", AssumeRolePolicyDocument: LAMBDA_TRUST }),
    );
    expect(Role?.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(Role).toMatchObject({
      Path: "/",
      RoleName: "lambda-exec",
      Arn: "arn:aws:iam::000000000000:role/lambda-exec",
      AssumeRolePolicyDocument: LAMBDA_TRUST_ENCODED,
      MaxSessionDuration: 3600,
    });
    // IAM dates are to the second.
    expect(Role?.CreateDate?.toISOString()).toBe("2026-03-04T05:06:07.000Z");
    const read = await iam().send(new GetRoleCommand({ RoleName: "lambda-exec" }));
    expect(read.Role).toEqual({ ...Role, RoleLastUsed: {} });
  });

  it("keeps the path, description, session duration and tags it was given", async () => {
    await iam().send(
      new CreateRoleCommand({
        RoleName: "pathed",
        Path: "/service/app/",
        AssumeRolePolicyDocument: trustPolicy("000000000000"),
        Description: "Runs the app",
        MaxSessionDuration: 7200,
        Tags: [{ Key: "team", Value: "events" }],
      }),
    );
    const { Role } = await iam().send(new GetRoleCommand({ RoleName: "pathed" }));
    expect(Role).toMatchObject({
      Path: "/service/app/",
      Arn: "arn:aws:iam::000000000000:role/service/app/pathed",
      Description: "Runs the app",
      MaxSessionDuration: 7200,
      Tags: [{ Key: "team", Value: "events" }],
    });
    expect(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? "")).toBe(trustPolicy("000000000000"));
  });

  it("finds a role whatever the case of its name, as IAM does", async () => {
    const { Role } = await iam().send(new GetRoleCommand({ RoleName: "LAMBDA-EXEC" }));
    expect(Role?.RoleName).toBe("lambda-exec");
  });

  it("refuses a second role of the same name with EntityAlreadyExists 409", async () => {
    const error = await failure(
      iam().send(new CreateRoleCommand({ RoleName: "Lambda-Exec", AssumeRolePolicyDocument: LAMBDA_TRUST })),
    );
    expect(error).toEqual({
      name: "EntityAlreadyExistsException",
      status: 409,
      message: "Role with name Lambda-Exec already exists.",
    });
  });

  it("answers NoSuchEntity 404 for a role that does not exist", async () => {
    const error = await failure(iam().send(new GetRoleCommand({ RoleName: "ghost" })));
    expect(error).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "The role with name ghost cannot be found.",
    });
  });

  it("refuses a trust policy without a Principal with MalformedPolicyDocument 400", async () => {
    const document = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "sts:AssumeRole" }],
    });
    const error = await failure(
      iam().send(new CreateRoleCommand({ RoleName: "no-principal", AssumeRolePolicyDocument: document })),
    );
    expect(error.name).toBe("MalformedPolicyDocumentException");
    expect(error.status).toBe(400);
    expect(error.message).toBe("Missing required field Principal");
  });

  it("reports an invalid role name with a ValidationError in Coral's words", async () => {
    const error = await failure(
      iam().send(new CreateRoleCommand({ RoleName: "bad name", AssumeRolePolicyDocument: LAMBDA_TRUST })),
    );
    expect(error).toEqual({
      name: "ValidationError",
      status: 400,
      message:
        "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    });
  });
});

describe("updating a role", () => {
  it("changes the description and session duration with UpdateRole", async () => {
    await iam().send(
      new UpdateRoleCommand({ RoleName: "pathed", Description: "Runs it", MaxSessionDuration: 3600 }),
    );
    const { Role } = await iam().send(new GetRoleCommand({ RoleName: "pathed" }));
    expect(Role?.Description).toBe("Runs it");
    expect(Role?.MaxSessionDuration).toBe(3600);
  });

  it("replaces the description with UpdateRoleDescription, and an empty one removes it", async () => {
    const { Role } = await iam().send(
      new UpdateRoleDescriptionCommand({ RoleName: "pathed", Description: "New" }),
    );
    expect(Role?.Description).toBe("New");
    await iam().send(new UpdateRoleDescriptionCommand({ RoleName: "pathed", Description: "" }));
    const read = await iam().send(new GetRoleCommand({ RoleName: "pathed" }));
    expect(read.Role?.Description).toBeUndefined();
  });

  it("replaces the trust policy with UpdateAssumeRolePolicy", async () => {
    const document = trustPolicy("arn:aws:iam::000000000000:root");
    await iam().send(new UpdateAssumeRolePolicyCommand({ RoleName: "pathed", PolicyDocument: document }));
    const { Role } = await iam().send(new GetRoleCommand({ RoleName: "pathed" }));
    expect(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? "")).toBe(document);
  });

  it("adds, replaces and removes tags", async () => {
    await iam().send(
      new TagRoleCommand({
        RoleName: "pathed",
        Tags: [
          { Key: "team", Value: "platform" },
          { Key: "env", Value: "local" },
        ],
      }),
    );
    await iam().send(new UntagRoleCommand({ RoleName: "pathed", TagKeys: ["env"] }));
    const { Tags, IsTruncated } = await iam().send(new ListRoleTagsCommand({ RoleName: "pathed" }));
    expect(Tags).toEqual([{ Key: "team", Value: "platform" }]);
    expect(IsTruncated).toBe(false);
  });
});

describe("listing roles", () => {
  it("pages with MaxItems and Marker, in name order, without tags", async () => {
    const first = await iam().send(new ListRolesCommand({ MaxItems: 1 }));
    expect(first.IsTruncated).toBe(true);
    const second = await iam().send(new ListRolesCommand({ MaxItems: 5, Marker: first.Marker }));
    expect(second.IsTruncated).toBe(false);
    const names = [...(first.Roles ?? []), ...(second.Roles ?? [])].map((role) => role.RoleName);
    expect(names).toEqual(["lambda-exec", "pathed"]);
    expect(second.Roles?.[0]?.Tags).toBeUndefined();
    expect(second.Roles?.[0]?.AssumeRolePolicyDocument).toMatch(/^%7B/);
  });

  it("filters by path prefix", async () => {
    const { Roles } = await iam().send(new ListRolesCommand({ PathPrefix: "/service/" }));
    expect(Roles?.map((role) => role.RoleName)).toEqual(["pathed"]);
  });

  it("lists no instance profiles for a role", async () => {
    const { InstanceProfiles } = await iam().send(
      new ListInstanceProfilesForRoleCommand({ RoleName: "pathed" }),
    );
    expect(InstanceProfiles).toEqual([]);
  });
});

describe("DeleteRole", () => {
  it("refuses a role that still has inline policies with DeleteConflict 409", async () => {
    await iam().send(
      new PutRolePolicyCommand({
        RoleName: "pathed",
        PolicyName: "logs",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "logs:*", Resource: "*" }],
        }),
      }),
    );
    const error = await failure(iam().send(new DeleteRoleCommand({ RoleName: "pathed" })));
    expect(error).toEqual({
      name: "DeleteConflictException",
      status: 409,
      message: "Cannot delete entity, must delete policies first.",
    });
  });

  it("deletes the role once its policies are gone", async () => {
    await iam().send(new DeleteRolePolicyCommand({ RoleName: "pathed", PolicyName: "logs" }));
    await iam().send(new DeleteRoleCommand({ RoleName: "pathed" }));
    expect((await failure(iam().send(new GetRoleCommand({ RoleName: "pathed" })))).name).toBe(
      "NoSuchEntityException",
    );
  });
});
