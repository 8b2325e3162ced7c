import { isoSeconds } from "../../core/aws-ids.js";
import { encodeDocument } from "./documents.js";
import type { IamModel } from "./model.js";
import type { ManagedPolicyRecord, RoleRecord, Tag, UserRecord } from "./records.js";

/** Tags as IAM returns them: absent when there are none. */
export function tagsOutput(tags: readonly Tag[]): Tag[] | undefined {
  return tags.length > 0 ? tags.map((tag) => ({ Key: tag.Key, Value: tag.Value })) : undefined;
}

/** A Role element. ListRoles leaves out tags and RoleLastUsed; GetRole and CreateRole carry them. */
export function roleOutput(role: RoleRecord, detail: "list" | "full"): Record<string, unknown> {
  const full = detail === "full";
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: isoSeconds(role.createDate),
    AssumeRolePolicyDocument: encodeDocument(role.trustPolicy),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    Tags: full ? tagsOutput(role.tags) : undefined,
    RoleLastUsed: full ? {} : undefined,
  };
}

export function userOutput(user: UserRecord, detail: "list" | "full"): Record<string, unknown> {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: isoSeconds(user.createDate),
    Tags: detail === "full" ? tagsOutput(user.tags) : undefined,
  };
}

/** A Policy element; Description and tags only where GetPolicy returns them. */
export function policyOutput(
  model: IamModel,
  policy: ManagedPolicyRecord,
  detail: "list" | "full",
): Record<string, unknown> {
  const full = detail === "full";
  return {
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: model.attachmentCount(policy.accountId, policy.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: full ? policy.description : undefined,
    CreateDate: isoSeconds(policy.createDate),
    UpdateDate: isoSeconds(policy.updateDate),
    Tags: full ? tagsOutput(policy.tags) : undefined,
  };
}
