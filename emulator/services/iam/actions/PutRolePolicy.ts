import { operations } from "../../../generated/iam.js";
import { putInlinePolicy } from "../holderPolicies.js";

export const PutRolePolicy = putInlinePolicy("role", operations.PutRolePolicy);
