import { operations } from "../../../generated/iam.js";
import { deleteInlinePolicy } from "../holderPolicies.js";

export const DeleteUserPolicy = deleteInlinePolicy("user", operations.DeleteUserPolicy);
