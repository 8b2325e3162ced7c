import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { userNameFor } from "../callerUser.js";
import { IamErrors } from "../errors.js";
import { entityKey } from "../model.js";

export const DeleteAccessKey = iamAction<{ UserName?: string; AccessKeyId: string }>((model) => ({
  operation: operations.DeleteAccessKey,
  run(input, ctx) {
    const user = model.holder("user", ctx.accountId, userNameFor(input, ctx));
    const key = model.get("key", ctx.accountId, input.AccessKeyId);
    if (
      key === undefined ||
      key.accountId !== ctx.accountId ||
      entityKey(key.userName) !== entityKey(user.name)
    ) {
      throw IamErrors.noSuchEntity(`The Access Key with id ${input.AccessKeyId} cannot be found.`);
    }
    model.delete("key", ctx.accountId, key.accessKeyId);
    return {};
  },
}));
