import { operations } from "../../../generated/iam.js";
import { getInlinePolicy } from "../holderPolicies.js";

export const GetRolePolicy = getInlinePolicy("role", operations.GetRolePolicy);
