import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { IamErrors } from "../errors.js";

export const DeleteRole = iamAction<{ RoleName: string }>((model) => ({
  operation: operations.DeleteRole,
  run(input, ctx) {
    const role = model.holder("role", ctx.accountId, input.RoleName);
    if (Object.keys(role.inline).length > 0) {
      throw IamErrors.deleteConflict("Cannot delete entity, must delete policies first.");
    }
    if (role.attached.length > 0) {
      throw IamErrors.deleteConflict("Cannot delete entity, must detach all policies first.");
    }
    model.delete("role", ctx.accountId, role.name);
    return {};
  },
}));
