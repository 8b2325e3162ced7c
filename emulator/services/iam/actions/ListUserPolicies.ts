import { operations } from "../../../generated/iam.js";
import { listInlinePolicies } from "../holderPolicies.js";

export const ListUserPolicies = listInlinePolicies("user", operations.ListUserPolicies);
