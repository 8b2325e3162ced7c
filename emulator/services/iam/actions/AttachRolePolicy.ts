import { operations } from "../../../generated/iam.js";
import { attachPolicy } from "../holderPolicies.js";

export const AttachRolePolicy = attachPolicy("role", operations.AttachRolePolicy);
