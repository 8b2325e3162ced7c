import { operations } from "../../../generated/sts.js";
import { isRoot } from "../../../core/caller-principal.js";
import { credentialsOutput, stsAction } from "../action.js";
import { StsErrors } from "../errors.js";

const DEFAULT_SECONDS = 43_200;
/** AWS caps an account root's session at one hour, silently. */
const ROOT_MAX_SECONDS = 3_600;

/** Temporary credentials for the calling user (or root) that act as that same identity. */
export const GetSessionToken = stsAction<{ DurationSeconds?: number }>(({ accounts, sessions }) => ({
  operation: operations.GetSessionToken,
  run(input, ctx) {
    if (ctx.principalArn.includes(":assumed-role/")) {
      throw StsErrors.accessDenied("Cannot call GetSessionToken with session credentials");
    }
    const requested = input.DurationSeconds ?? DEFAULT_SECONDS;
    const seconds = isRoot(ctx.principalArn) ? Math.min(requested, ROOT_MAX_SECONDS) : requested;
    const identity = accounts.identity(ctx.accessKeyId);
    const issued = sessions.issue(
      {
        accountId: ctx.accountId,
        principalArn: ctx.principalArn,
        userId: identity.userId ?? ctx.accountId,
      },
      seconds,
    );
    return { Credentials: credentialsOutput(issued) };
  },
}));
