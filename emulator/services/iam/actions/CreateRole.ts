import { uniqueId } from "../../../core/aws-ids.js";
import { operations } from "../../../generated/iam.js";
import { iamAction, iamArn, MAX_TAGS, mergeTags } from "../action.js";
import { IamErrors } from "../errors.js";
import { roleOutput } from "../output.js";
import type { RoleRecord, Tag } from "../records.js";
import { checkTrustPolicy } from "../trust.js";

interface CreateRoleInput {
  RoleName: string;
  Path?: string;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  Tags?: Tag[];
}

const DEFAULT_MAX_SESSION_SECONDS = 3600;

export const CreateRole = iamAction<CreateRoleInput>((model) => ({
  operation: operations.CreateRole,
  run(input, ctx) {
    if (model.get("role", ctx.accountId, input.RoleName) !== undefined) {
      throw IamErrors.entityAlreadyExists(`Role with name ${input.RoleName} already exists.`);
    }
    checkTrustPolicy(input.AssumeRolePolicyDocument);
    const tags = mergeTags([], input.Tags ?? []);
    if (tags.length > MAX_TAGS)
      throw IamErrors.limitExceeded(`Cannot exceed quota for TagsPerRole: ${MAX_TAGS}`);
    const path = input.Path ?? "/";
    const role: RoleRecord = {
      accountId: ctx.accountId,
      name: input.RoleName,
      id: uniqueId("AROA"),
      path,
      arn: iamArn(ctx.accountId, "role", path, input.RoleName),
      createDate: model.clock.now(),
      tags,
      inline: {},
      attached: [],
      trustPolicy: input.AssumeRolePolicyDocument,
      description: input.Description || undefined,
      maxSessionDuration: input.MaxSessionDuration ?? DEFAULT_MAX_SESSION_SECONDS,
    };
    model.put("role", role);
    return { Role: roleOutput(role, "full") };
  },
}));
