import { operations } from "../../../generated/iam.js";
import { deleteInlinePolicy } from "../holderPolicies.js";

export const DeleteRolePolicy = deleteInlinePolicy("role", operations.DeleteRolePolicy);
