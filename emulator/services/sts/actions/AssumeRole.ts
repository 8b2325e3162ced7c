import { operations } from "../../../generated/sts.js";
import { requestPrincipalOf } from "../../../core/caller-principal.js";
import type { IamRoleView } from "../../../core/interfaces.js";
import { evaluate } from "../../../core/policy/index.js";
import type { RequestContext } from "../../../core/service.js";
import { credentialsOutput, stsAction, type StsDeps } from "../action.js";
import { notAuthorizedToAssume, StsErrors } from "../errors.js";
import { ROLE_ARN, roleNamed, roleSessionIdentity, trustPolicyName } from "../roleSession.js";

interface AssumeRoleInput {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  SourceIdentity?: string;
}

const DEFAULT_SECONDS = 3_600;
/** A session that assumes another role (role chaining) lasts at most an hour. */
const CHAINED_MAX_SECONDS = 3_600;

async function roleOf(deps: StsDeps, roleArn: string): Promise<IamRoleView | undefined> {
  if (!ROLE_ARN.test(roleArn)) {
    throw StsErrors.validation(
      `${roleArn} is not a role ARN: name the role as arn:aws:iam::ACCOUNT:role/NAME (with its path, if any).`,
    );
  }
  const iam = await deps.iam();
  return roleNamed(roleArn, (accountId, roleName) => iam.role(accountId, roleName));
}

/**
 * Whether the role's trust policy lets the caller assume it. AWS requires the trust policy itself to allow
 * (naming the caller, its role, or its account, which then defers to the caller's identity policies, checked by
 * the core under `--enforce-iam`); the caller's account owning the role is not enough.
 */
function trusts(role: IamRoleView, ctx: RequestContext, now: number): boolean {
  const name = trustPolicyName(role);
  const decision = evaluate({
    request: {
      principal: requestPrincipalOf(ctx.principalArn),
      action: "sts:AssumeRole",
      resource: role.arn,
      time: now,
    },
    resourceAccount: role.accountId,
    resourcePolicy: { name, policy: role.trustPolicy },
  });
  return decision.decision === "Allow" && decision.statement?.policy === name;
}

/** Temporary `ASIA…` credentials whose calls act as `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`. */
export const AssumeRole = stsAction<AssumeRoleInput>((deps) => ({
  operation: operations.AssumeRole,
  async authorization(input) {
    const role = await roleOf(deps, input.RoleArn);
    const resourceAccount = ROLE_ARN.exec(input.RoleArn)?.[1] ?? "";
    if (role === undefined) return { resource: input.RoleArn, resourceAccount };
    return {
      resource: role.arn,
      resourceAccount,
      resourcePolicy: { name: trustPolicyName(role), policy: role.trustPolicy },
    };
  },
  async run(input, ctx) {
    const role = await roleOf(deps, input.RoleArn);
    if (role === undefined || !trusts(role, ctx, deps.clock.now())) {
      throw notAuthorizedToAssume(ctx.principalArn, input.RoleArn);
    }
    const seconds = input.DurationSeconds ?? DEFAULT_SECONDS;
    if (seconds > role.maxSessionDuration) {
      throw StsErrors.validation(
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
      );
    }
    if (ctx.principalArn.includes(":assumed-role/") && seconds > CHAINED_MAX_SECONDS) {
      throw StsErrors.validation(
        "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
      );
    }
    const identity = roleSessionIdentity(role, input.RoleSessionName);
    const issued = deps.sessions.issue(identity, seconds);
    return {
      Credentials: credentialsOutput(issued),
      AssumedRoleUser: { AssumedRoleId: identity.userId, Arn: identity.principalArn },
      SourceIdentity: input.SourceIdentity,
    };
  },
}));
