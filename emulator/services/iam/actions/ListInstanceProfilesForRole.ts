import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import type { PageInput } from "../pagination.js";

/** Instance profiles are not modelled: a role is in none (the Terraform provider asks before DeleteRole). */
export const ListInstanceProfilesForRole = iamAction<PageInput & { RoleName: string }>((model) => ({
  operation: operations.ListInstanceProfilesForRole,
  run(input, ctx) {
    model.holder("role", ctx.accountId, input.RoleName);
    return { InstanceProfiles: [], IsTruncated: false };
  },
}));
