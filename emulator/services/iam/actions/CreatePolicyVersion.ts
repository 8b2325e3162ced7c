import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { IamErrors } from "../errors.js";
import { requirePolicy } from "../policies.js";
import { checkManagedDocument, versionOutput, VERSIONS_MAX } from "../versions.js";

export const CreatePolicyVersion = iamAction<{
  PolicyArn: string;
  PolicyDocument: string;
  SetAsDefault?: boolean;
}>((model) => ({
  operation: operations.CreatePolicyVersion,
  run(input, ctx) {
    const policy = requirePolicy(model, ctx.accountId, input.PolicyArn);
    checkManagedDocument(input.PolicyDocument);
    if (policy.versions.length >= VERSIONS_MAX) {
      throw IamErrors.limitExceeded(
        `A managed policy can have up to ${VERSIONS_MAX} versions. Before you create a new version, you must delete an existing version.`,
      );
    }
    const now = model.clock.now();
    const version = { versionId: `v${policy.nextVersion}`, document: input.PolicyDocument, createDate: now };
    const updated = {
      ...policy,
      versions: [...policy.versions, version],
      nextVersion: policy.nextVersion + 1,
      defaultVersionId: input.SetAsDefault ? version.versionId : policy.defaultVersionId,
      updateDate: input.SetAsDefault ? now : policy.updateDate,
    };
    model.put("policy", updated);
    return { PolicyVersion: versionOutput(updated, version, false) };
  },
}));
