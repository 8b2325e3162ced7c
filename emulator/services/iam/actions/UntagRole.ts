import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";

export const UntagRole = iamAction<{ RoleName: string; TagKeys: string[] }>((model) => ({
  operation: operations.UntagRole,
  run(input, ctx) {
    const role = model.holder("role", ctx.accountId, input.RoleName);
    const removed = new Set(input.TagKeys.map((key) => key.toLowerCase()));
    model.put("role", { ...role, tags: role.tags.filter((tag) => !removed.has(tag.Key.toLowerCase())) });
    return {};
  },
}));
