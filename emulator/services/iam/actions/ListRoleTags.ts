import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { page, type PageInput } from "../pagination.js";

export const ListRoleTags = iamAction<PageInput & { RoleName: string }>((model) => ({
  operation: operations.ListRoleTags,
  run(input, ctx) {
    const role = model.holder("role", ctx.accountId, input.RoleName);
    const { items, IsTruncated, Marker } = page(role.tags, input);
    return { Tags: items.map((tag) => ({ Key: tag.Key, Value: tag.Value })), IsTruncated, Marker };
  },
}));
