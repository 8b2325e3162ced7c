import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { checkTrustPolicy } from "../trust.js";

export const UpdateAssumeRolePolicy = iamAction<{ RoleName: string; PolicyDocument: string }>((model) => ({
  operation: operations.UpdateAssumeRolePolicy,
  run(input, ctx) {
    const role = model.holder("role", ctx.accountId, input.RoleName);
    checkTrustPolicy(input.PolicyDocument);
    model.put("role", { ...role, trustPolicy: input.PolicyDocument });
    return {};
  },
}));
