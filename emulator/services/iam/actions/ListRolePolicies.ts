import { operations } from "../../../generated/iam.js";
import { listInlinePolicies } from "../holderPolicies.js";

export const ListRolePolicies = listInlinePolicies("role", operations.ListRolePolicies);
