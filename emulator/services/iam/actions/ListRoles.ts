import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { roleOutput } from "../output.js";
import { page, type PageInput } from "../pagination.js";

export const ListRoles = iamAction<PageInput & { PathPrefix?: string }>((model) => ({
  operation: operations.ListRoles,
  run(input, ctx) {
    const prefix = input.PathPrefix ?? "/";
    const roles = model.list("role", ctx.accountId).filter((role) => role.path.startsWith(prefix));
    const { items, IsTruncated, Marker } = page(roles, input);
    return { Roles: items.map((role) => roleOutput(role, "list")), IsTruncated, Marker };
  },
}));
