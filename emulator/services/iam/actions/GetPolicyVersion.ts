import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { requirePolicy } from "../policies.js";
import { requireVersion, versionOutput } from "../versions.js";

export const GetPolicyVersion = iamAction<{ PolicyArn: string; VersionId: string }>((model) => ({
  operation: operations.GetPolicyVersion,
  run(input, ctx) {
    const policy = requirePolicy(model, ctx.accountId, input.PolicyArn);
    return { PolicyVersion: versionOutput(policy, requireVersion(policy, input.VersionId), true) };
  },
}));
