import { operations } from "../../../generated/iam.js";
import { detachPolicy } from "../holderPolicies.js";

export const DetachRolePolicy = detachPolicy("role", operations.DetachRolePolicy);
