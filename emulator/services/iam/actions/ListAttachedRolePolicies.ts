import { operations } from "../../../generated/iam.js";
import { listAttachedPolicies } from "../holderPolicies.js";

export const ListAttachedRolePolicies = listAttachedPolicies("role", operations.ListAttachedRolePolicies);
