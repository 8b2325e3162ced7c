import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { page, type PageInput } from "../pagination.js";
import { requirePolicy } from "../policies.js";
import { versionOutput } from "../versions.js";

/** Newest first, as IAM lists them. */
export const ListPolicyVersions = iamAction<PageInput & { PolicyArn: string }>((model) => ({
  operation: operations.ListPolicyVersions,
  run(input, ctx) {
    const policy = requirePolicy(model, ctx.accountId, input.PolicyArn);
    const { items, IsTruncated, Marker } = page([...policy.versions].reverse(), input);
    return { Versions: items.map((version) => versionOutput(policy, version, false)), IsTruncated, Marker };
  },
}));
