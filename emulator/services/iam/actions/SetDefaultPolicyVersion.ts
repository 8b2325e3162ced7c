import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { requirePolicy } from "../policies.js";
import { requireVersion } from "../versions.js";

export const SetDefaultPolicyVersion = iamAction<{ PolicyArn: string; VersionId: string }>((model) => ({
  operation: operations.SetDefaultPolicyVersion,
  run(input, ctx) {
    const policy = requirePolicy(model, ctx.accountId, input.PolicyArn);
    const version = requireVersion(policy, input.VersionId);
    model.put("policy", { ...policy, defaultVersionId: version.versionId, updateDate: model.clock.now() });
    return {};
  },
}));
