import { uniqueId } from "../../../core/aws-ids.js";
import { operations } from "../../../generated/iam.js";
import { iamAction, iamArn, MAX_TAGS, mergeTags } from "../action.js";
import { IamErrors } from "../errors.js";
import { policyOutput } from "../output.js";
import type { ManagedPolicyRecord, Tag } from "../records.js";
import { checkManagedDocument } from "../versions.js";

interface CreatePolicyInput {
  PolicyName: string;
  Path?: string;
  PolicyDocument: string;
  Description?: string;
  Tags?: Tag[];
}

export const CreatePolicy = iamAction<CreatePolicyInput>((model) => ({
  operation: operations.CreatePolicy,
  run(input, ctx) {
    if (model.get("policy", ctx.accountId, input.PolicyName) !== undefined) {
      throw IamErrors.entityAlreadyExists(
        `A policy called ${input.PolicyName} already exists. Duplicate names are not allowed.`,
      );
    }
    checkManagedDocument(input.PolicyDocument);
    const tags = mergeTags([], input.Tags ?? []);
    if (tags.length > MAX_TAGS)
      throw IamErrors.limitExceeded(`Cannot exceed quota for TagsPerPolicy: ${MAX_TAGS}`);
    const path = input.Path ?? "/";
    const now = model.clock.now();
    const policy: ManagedPolicyRecord = {
      accountId: ctx.accountId,
      name: input.PolicyName,
      id: uniqueId("ANPA"),
      path,
      arn: iamArn(ctx.accountId, "policy", path, input.PolicyName),
      description: input.Description,
      createDate: now,
      updateDate: now,
      defaultVersionId: "v1",
      versions: [{ versionId: "v1", document: input.PolicyDocument, createDate: now }],
      nextVersion: 2,
      tags,
    };
    model.put("policy", policy);
    // CreatePolicy answers without the description, as AWS does; GetPolicy returns it.
    return {
      Policy: { ...policyOutput(model, policy, "list"), Tags: policyOutput(model, policy, "full").Tags },
    };
  },
}));
