import { operations } from "../../../generated/iam.js";
import { attachPolicy } from "../holderPolicies.js";

export const AttachUserPolicy = attachPolicy("user", operations.AttachUserPolicy);
