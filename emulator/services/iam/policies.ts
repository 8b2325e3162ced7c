import { IamErrors } from "./errors.js";
import type { IamModel } from "./model.js";
import type { ManagedPolicyRecord } from "./records.js";

const POLICY_ARN = /^arn:aws:iam::(\d{12}|aws):policy\/(?:[\u0021-\u007e]*\/)?([\w+=,.@-]+)$/;

/** The customer managed policy an ARN names, or undefined (AWS managed policies are not modelled). */
export function findPolicy(model: IamModel, arn: string): ManagedPolicyRecord | undefined {
  const match = POLICY_ARN.exec(arn);
  if (!match || match[1] === "aws") return undefined;
  const policy = model.get("policy", match[1] ?? "", match[2] ?? "");
  return policy?.arn === arn ? policy : undefined;
}

/** The policy, or NoSuchEntity as GetPolicy, DeletePolicy and the version actions answer. */
export function requirePolicy(model: IamModel, accountId: string, arn: string): ManagedPolicyRecord {
  const policy = findPolicy(model, arn);
  if (policy === undefined || policy.accountId !== accountId) {
    throw IamErrors.noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  }
  return policy;
}
