import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { IamErrors } from "../errors.js";
import { requirePolicy } from "../policies.js";

export const DeletePolicy = iamAction<{ PolicyArn: string }>((model) => ({
  operation: operations.DeletePolicy,
  run(input, ctx) {
    const policy = requirePolicy(model, ctx.accountId, input.PolicyArn);
    if (model.attachmentCount(ctx.accountId, policy.arn) > 0) {
      throw IamErrors.deleteConflict("Cannot delete a policy attached to entities.");
    }
    if (policy.versions.length > 1) {
      throw IamErrors.deleteConflict(
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      );
    }
    model.delete("policy", ctx.accountId, policy.name);
    return {};
  },
}));
