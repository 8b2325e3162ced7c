import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { roleOutput } from "../output.js";

/** What the Terraform provider calls when a role's description changes; an empty one removes it. */
export const UpdateRoleDescription = iamAction<{ RoleName: string; Description: string }>((model) => ({
  operation: operations.UpdateRoleDescription,
  run(input, ctx) {
    const role = {
      ...model.holder("role", ctx.accountId, input.RoleName),
      description: input.Description || undefined,
    };
    model.put("role", role);
    return { Role: roleOutput(role, "full") };
  },
}));
