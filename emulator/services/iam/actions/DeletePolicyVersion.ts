import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { IamErrors } from "../errors.js";
import { requirePolicy } from "../policies.js";
import { requireVersion } from "../versions.js";

export const DeletePolicyVersion = iamAction<{ PolicyArn: string; VersionId: string }>((model) => ({
  operation: operations.DeletePolicyVersion,
  run(input, ctx) {
    const policy = requirePolicy(model, ctx.accountId, input.PolicyArn);
    const version = requireVersion(policy, input.VersionId);
    if (version.versionId === policy.defaultVersionId) {
      throw IamErrors.deleteConflict("Cannot delete the default version of a policy.");
    }
    model.put("policy", { ...policy, versions: policy.versions.filter((v) => v !== version) });
    return {};
  },
}));
