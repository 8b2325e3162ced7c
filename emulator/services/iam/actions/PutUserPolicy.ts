import { operations } from "../../../generated/iam.js";
import { putInlinePolicy } from "../holderPolicies.js";

export const PutUserPolicy = putInlinePolicy("user", operations.PutUserPolicy);
