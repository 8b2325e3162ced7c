import { isoSeconds } from "../../../core/aws-ids.js";
import { isRoot } from "../../../core/caller-principal.js";
import { operations } from "../../../generated/iam.js";
import { iamAction } from "../action.js";
import { userNameFor } from "../callerUser.js";
import { userOutput } from "../output.js";

/** The named user, or without a name the calling user (an account root answers with its account). */
export const GetUser = iamAction<{ UserName?: string }>((model) => ({
  operation: operations.GetUser,
  run(input, ctx) {
    if (input.UserName === undefined && isRoot(ctx.principalArn)) {
      // The emulator has no creation date for an account: the epoch stands in for it.
      return { User: { UserId: ctx.accountId, Arn: ctx.principalArn, CreateDate: isoSeconds(0) } };
    }
    const name = userNameFor(input, ctx);
    return { User: userOutput(model.holder("user", ctx.accountId, name), "full") };
  },
}));
