import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { policyOutput } from "../output.js";
import { page, type PageInput } from "../pagination.js";

interface ListPoliciesInput extends PageInput {
  Scope?: "All" | "AWS" | "Local";
  OnlyAttached?: boolean;
  PathPrefix?: string;
}

/** Customer managed policies; AWS managed ones are not modelled, so `Scope=AWS` lists none. */
export const ListPolicies = iamAction<ListPoliciesInput>((model) => ({
  operation: operations.ListPolicies,
  run(input, ctx) {
    const prefix = input.PathPrefix ?? "/";
    const policies =
      input.Scope === "AWS"
        ? []
        : model
            .list("policy", ctx.accountId)
            .filter((policy) => policy.path.startsWith(prefix))
            .filter((policy) => !input.OnlyAttached || model.attachmentCount(ctx.accountId, policy.arn) > 0);
    const { items, IsTruncated, Marker } = page(policies, input);
    return { Policies: items.map((policy) => policyOutput(model, policy, "list")), IsTruncated, Marker };
  },
}));
