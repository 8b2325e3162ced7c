import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { roleOutput } from "../output.js";

export const GetRole = iamAction<{ RoleName: string }>((model) => ({
  operation: operations.GetRole,
  run(input, ctx) {
    const role = model.holder("role", ctx.accountId, input.RoleName);
    return { Role: roleOutput(role, "full") };
  },
}));
