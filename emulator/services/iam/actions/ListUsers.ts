import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { userOutput } from "../output.js";
import { page, type PageInput } from "../pagination.js";

export const ListUsers = iamAction<PageInput & { PathPrefix?: string }>((model) => ({
  operation: operations.ListUsers,
  run(input, ctx) {
    const prefix = input.PathPrefix ?? "/";
    const users = model.list("user", ctx.accountId).filter((user) => user.path.startsWith(prefix));
    const { items, IsTruncated, Marker } = page(users, input);
    return { Users: items.map((user) => userOutput(user, "list")), IsTruncated, Marker };
  },
}));
