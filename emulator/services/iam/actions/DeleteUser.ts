import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { IamErrors } from "../errors.js";

export const DeleteUser = iamAction<{ UserName: string }>((model) => ({
  operation: operations.DeleteUser,
  run(input, ctx) {
    const user = model.holder("user", ctx.accountId, input.UserName);
    if (model.keysOf(ctx.accountId, user.name).length > 0) {
      throw IamErrors.deleteConflict("Cannot delete entity, must delete access keys first.");
    }
    if (Object.keys(user.inline).length > 0) {
      throw IamErrors.deleteConflict("Cannot delete entity, must delete policies first.");
    }
    if (user.attached.length > 0) {
      throw IamErrors.deleteConflict("Cannot delete entity, must detach all policies first.");
    }
    model.delete("user", ctx.accountId, user.name);
    return {};
  },
}));
