import { operations } from "../../../generated/sts.js";
import { requestPrincipalOf } from "../../../core/caller-principal.js";
import type { IamRoleView } from "../../../core/interfaces.js";
import { evaluate } from "../../../core/policy/index.js";
import type { RequestContext } from "../../../core/service.js";
import { credentialsOutput, stsAction, type StsDeps } from "../action.js";
import { notAuthorizedToAssume, StsErrors } from "../errors.js";

interface AssumeRoleInput {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  SourceIdentity?: string;
}

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\u0021-\u007e]*\/)?([\w+=,.@-]+)$/;
const DEFAULT_SECONDS = 3_600;
/** A session that assumes another role (role chaining) lasts at most an hour. */
const CHAINED_MAX_SECONDS = 3_600;

function trustPolicyName(role: IamRoleView): string {
  return `role ${role.roleName} trust policy`;
}

async function roleOf(deps: StsDeps, roleArn: string): Promise<IamRoleView | undefined> {
  const match = ROLE_ARN.exec(roleArn);
  if (!match) {
    throw StsErrors.validation(
      `${roleArn} is not a role ARN: name the role as arn:aws:iam::ACCOUNT:role/NAME (with its path, if any).`,
    );
  }
  const role = (await deps.iam()).role(match[1] ?? "", match[2] ?? "");
  return role?.arn === roleArn ? role : undefined;
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
    const sessionArn = `arn:aws:sts::${role.accountId}:assumed-role/${role.roleName}/${input.RoleSessionName}`;
    const assumedRoleId = `${role.roleId}:${input.RoleSessionName}`;
    const issued = deps.sessions.issue(
      { accountId: role.accountId, principalArn: sessionArn, userId: assumedRoleId },
      seconds,
    );
    return {
      Credentials: credentialsOutput(issued),
      AssumedRoleUser: { AssumedRoleId: assumedRoleId, Arn: sessionArn },
      SourceIdentity: input.SourceIdentity,
    };
  },
}));
