import { operations } from "../../../generated/iam.js";
import { iamAction, MAX_TAGS, mergeTags } from "../action.js";
import { IamErrors } from "../errors.js";
import type { Tag } from "../records.js";

export const TagRole = iamAction<{ RoleName: string; Tags: Tag[] }>((model) => ({
  operation: operations.TagRole,
  run(input, ctx) {
    const role = model.holder("role", ctx.accountId, input.RoleName);
    const tags = mergeTags(role.tags, input.Tags);
    if (tags.length > MAX_TAGS)
      throw IamErrors.limitExceeded(`Cannot exceed quota for TagsPerRole: ${MAX_TAGS}`);
    model.put("role", { ...role, tags });
    return {};
  },
}));
