import { isRoot, requestPrincipalOf } from "../core/caller-principal.js";
import type { Clock } from "../core/clock.js";
import { ProtocolError } from "../core/errors.js";
import type { ServiceHost } from "../core/host.js";
import type { IamInterface } from "../core/interfaces.js";
import { evaluate, type Decision, type NamedPolicy } from "../core/policy/index.js";
import type {
  ActionDefinition,
  ActionInput,
  AuthorizationTarget,
  RequestContext,
  ServiceEndpoint,
} from "../core/service.js";

/** Actions AWS answers for any authenticated caller, whatever its policies say. */
const ALWAYS_ALLOWED = new Set(["sts:GetCallerIdentity"]);
/** Services whose ARNs carry no region. */
const GLOBAL_SERVICES = new Set(["iam", "sts"]);

/**
 * `--enforce-iam`: every signed call by an IAM user or role session is evaluated with the core's policy
 * evaluator against the caller's identity policies (from IAM) and, where the action names one, the
 * resource's policy. Account roots (the default test credentials) keep full access, as they have in AWS.
 */
export class IamAuthorizer {
  constructor(
    private readonly host: ServiceHost,
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
  ) {}

  async authorize(
    ctx: RequestContext,
    endpoint: ServiceEndpoint,
    action: ActionDefinition,
    input: ActionInput,
  ): Promise<void> {
    if (isRoot(ctx.principalArn)) return;
    const actionName = action.iamAction ?? `${endpoint.signingName}:${action.name}`;
    if (ALWAYS_ALLOWED.has(actionName)) return;
    const target = (await action.authorization?.(input, ctx)) ?? serviceWide(endpoint, ctx);
    const decision = evaluate({
      request: {
        principal: requestPrincipalOf(ctx.principalArn),
        action: actionName,
        resource: target.resource,
        time: this.clock.now(),
      },
      resourceAccount: target.resourceAccount,
      resourcePolicy: target.resourcePolicy,
      identityPolicies: await this.identityPolicies(ctx.principalArn),
    });
    if (decision.decision === "Allow") return;
    this.log(`eda: --enforce-iam denied ${actionName}: ${decision.reason}`);
    throw accessDenied(ctx.principalArn, actionName, target, decision, deniedStatus(endpoint));
  }

  /** The caller's policies; none when IAM is not served (nothing then grants a non-root caller anything). */
  private async identityPolicies(principalArn: string): Promise<readonly NamedPolicy[]> {
    const iam = await this.host.instance("iam").catch(() => undefined);
    return (iam?.api as IamInterface | undefined)?.identityPolicies(principalArn) ?? [];
  }
}

/** The resource of an action that names none: every resource of the service in the caller's account. */
function serviceWide(endpoint: ServiceEndpoint, ctx: RequestContext): AuthorizationTarget {
  const region = GLOBAL_SERVICES.has(endpoint.signingName) ? "" : ctx.region;
  return {
    resource: `arn:aws:${endpoint.signingName}:${region}:${ctx.accountId}:*`,
    resourceAccount: ctx.accountId,
  };
}

/**
 * The JSON-only services built on Coral (Kinesis, CloudWatch Logs) answer AccessDeniedException with 400, as
 * they answer every client error; query services (and SQS, which kept its query errors) and restJson ones 403.
 */
function deniedStatus(endpoint: ServiceEndpoint): number {
  const restJson = endpoint.protocols.includes("restJson");
  return endpoint.jsonTargetPrefix && !endpoint.queryVersion && !restJson ? 400 : 403;
}

/** AWS's AccessDenied: `AccessDenied` for query services, `AccessDeniedException` for the JSON ones. */
function accessDenied(
  principalArn: string,
  action: string,
  target: AuthorizationTarget,
  decision: Decision,
  status: number,
): ProtocolError {
  const byResourcePolicy =
    target.resourcePolicy !== undefined && decision.statement?.policy === target.resourcePolicy.name;
  const why =
    decision.decision === "ExplicitDeny"
      ? `with an explicit deny in ${byResourcePolicy ? "a resource-based" : "an identity-based"} policy`
      : `because no identity-based policy allows the ${action} action`;
  return new ProtocolError(
    "AccessDeniedException",
    `User: ${principalArn} is not authorized to perform: ${action} on resource: ${target.resource} ${why}`,
    { status, queryCode: "AccessDenied" },
  );
}
