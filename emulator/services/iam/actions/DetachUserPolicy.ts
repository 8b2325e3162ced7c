import { operations } from "../../../generated/iam.js";
import { detachPolicy } from "../holderPolicies.js";

export const DetachUserPolicy = detachPolicy("user", operations.DetachUserPolicy);
