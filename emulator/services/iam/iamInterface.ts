import type { Identity } from "../../core/accounts.js";
import type { IamInterface } from "../../core/interfaces.js";
import type { NamedPolicy } from "../../core/policy/index.js";
import type { IamModel } from "./model.js";
import { findPolicy } from "./policies.js";
import type { PolicyHolder } from "./records.js";

const IDENTITY_ARN = /^arn:aws:(iam|sts)::(\d{12}):(user|role|assumed-role)\/(.+)$/;

function holderOfPrincipal(model: IamModel, principalArn: string): PolicyHolder | "root" | undefined {
  const match = IDENTITY_ARN.exec(principalArn);
  if (!match) return "root";
  const [, , accountId = "", type, resource = ""] = match;
  const parts = resource.split("/");
  // user/path/NAME and role/path/NAME end with the name; assumed-role/ROLE/SESSION has the role first.
  const name = type === "assumed-role" ? parts[0] : parts.at(-1);
  return model.get(type === "user" ? "user" : "role", accountId, name ?? "");
}

function policiesOf(model: IamModel, holder: PolicyHolder): NamedPolicy[] {
  const inline = Object.entries(holder.inline).map(([name, policy]) => ({
    name: `inline policy ${name} of ${holder.arn}`,
    policy,
  }));
  const managed = holder.attached.flatMap((arn) => {
    const policy = findPolicy(model, arn);
    const version = policy?.versions.find((candidate) => candidate.versionId === policy.defaultVersionId);
    return version ? [{ name: `managed policy ${arn}`, policy: version.document }] : [];
  });
  return [...inline, ...managed];
}

/** What IAM offers STS and the core. */
export function iamInterface(model: IamModel): IamInterface {
  return {
    role(accountId, roleName) {
      const role = model.get("role", accountId, roleName);
      if (role === undefined) return undefined;
      return {
        accountId,
        roleName: role.name,
        roleId: role.id,
        arn: role.arn,
        trustPolicy: role.trustPolicy,
        maxSessionDuration: role.maxSessionDuration,
      };
    },
    identityPolicies(principalArn) {
      const holder = holderOfPrincipal(model, principalArn);
      if (holder === "root") return undefined;
      return holder === undefined ? [] : policiesOf(model, holder);
    },
  };
}

/** Requests signed with an `AKIA…` key IAM issued act as its user, in the user's account. */
export function accessKeyIdentity(model: IamModel, accessKeyId: string): Identity | undefined {
  const key = model.get("key", "", accessKeyId);
  if (key === undefined) return undefined;
  const user = model.get("user", key.accountId, key.userName);
  if (user === undefined) return undefined;
  return {
    accountId: user.accountId,
    principalArn: user.arn,
    userId: user.id,
    secretAccessKey: key.secretAccessKey,
  };
}
