import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { policyOutput } from "../output.js";
import { requirePolicy } from "../policies.js";

export const GetPolicy = iamAction<{ PolicyArn: string }>((model) => ({
  operation: operations.GetPolicy,
  run(input, ctx) {
    return { Policy: policyOutput(model, requirePolicy(model, ctx.accountId, input.PolicyArn), "full") };
  },
}));
