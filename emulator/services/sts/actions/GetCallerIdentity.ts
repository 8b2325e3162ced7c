import { operations } from "../../../generated/sts.js";
import { stsAction } from "../action.js";

/** Who the credentials act as; AWS requires no permission for it, so `--enforce-iam` never denies it. */
export const GetCallerIdentity = stsAction<Record<string, never>>(({ accounts }) => ({
  operation: operations.GetCallerIdentity,
  run(_input, ctx) {
    const identity = accounts.identity(ctx.accessKeyId);
    return {
      UserId: identity.userId ?? ctx.accountId,
      Account: ctx.accountId,
      Arn: ctx.principalArn,
    };
  },
}));
