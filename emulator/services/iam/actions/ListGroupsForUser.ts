import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import type { PageInput } from "../pagination.js";

/** Groups are not modelled: a user is in none (the Terraform provider asks before DeleteUser). */
export const ListGroupsForUser = iamAction<PageInput & { UserName: string }>((model) => ({
  operation: operations.ListGroupsForUser,
  run(input, ctx) {
    model.holder("user", ctx.accountId, input.UserName);
    return { Groups: [], IsTruncated: false };
  },
}));
