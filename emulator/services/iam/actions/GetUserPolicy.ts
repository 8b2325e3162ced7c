import { operations } from "../../../generated/iam.js";
import { getInlinePolicy } from "../holderPolicies.js";

export const GetUserPolicy = getInlinePolicy("user", operations.GetUserPolicy);
