import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";

/** Changes the description and the maximum session duration; a member left out keeps its value. */
export const UpdateRole = iamAction<{ RoleName: string; Description?: string; MaxSessionDuration?: number }>(
  (model) => ({
    operation: operations.UpdateRole,
    run(input, ctx) {
      const role = model.holder("role", ctx.accountId, input.RoleName);
      model.put("role", {
        ...role,
        description: input.Description === undefined ? role.description : input.Description || undefined,
        maxSessionDuration: input.MaxSessionDuration ?? role.maxSessionDuration,
      });
      return {};
    },
  }),
);
