import { isoSeconds } from "../../../core/aws-ids.js";
import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { userNameFor } from "../callerUser.js";
import { page, type PageInput } from "../pagination.js";

export const ListAccessKeys = iamAction<PageInput & { UserName?: string }>((model) => ({
  operation: operations.ListAccessKeys,
  run(input, ctx) {
    const user = model.holder("user", ctx.accountId, userNameFor(input, ctx));
    const keys = model.keysOf(ctx.accountId, user.name).sort((a, b) => a.createDate - b.createDate);
    const { items, IsTruncated, Marker } = page(keys, input);
    return {
      AccessKeyMetadata: items.map((key) => ({
        UserName: key.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        CreateDate: isoSeconds(key.createDate),
      })),
      IsTruncated,
      Marker,
    };
  },
}));
