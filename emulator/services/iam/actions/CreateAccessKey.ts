import { accessKeyId, secretAccessKey } from "../../../core/aws-ids.js";
import { isoSeconds } from "../../../core/aws-ids.js";
import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { userNameFor } from "../callerUser.js";
import { IamErrors } from "../errors.js";

const KEYS_PER_USER = 2;

/** An `AKIA…` key whose requests act as the user; the secret is returned only here, as AWS does. */
export const CreateAccessKey = iamAction<{ UserName?: string }>((model) => ({
  operation: operations.CreateAccessKey,
  run(input, ctx) {
    const user = model.holder("user", ctx.accountId, userNameFor(input, ctx));
    if (model.keysOf(ctx.accountId, user.name).length >= KEYS_PER_USER) {
      throw IamErrors.limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${KEYS_PER_USER}`);
    }
    const key = {
      accountId: ctx.accountId,
      userName: user.name,
      accessKeyId: accessKeyId("AKIA"),
      secretAccessKey: secretAccessKey(),
      status: "Active" as const,
      createDate: model.clock.now(),
    };
    model.put("key", key);
    return {
      AccessKey: {
        UserName: key.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        SecretAccessKey: key.secretAccessKey,
        CreateDate: isoSeconds(key.createDate),
      },
    };
  },
}));
