import { operations } from "../../../generated/iam.js";
import { listAttachedPolicies } from "../holderPolicies.js";

export const ListAttachedUserPolicies = listAttachedPolicies("user", operations.ListAttachedUserPolicies);
