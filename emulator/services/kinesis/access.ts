import { parseArn } from "../../core/accounts.js";
import { evaluate, type RequestPrincipal } from "../../core/policy/index.js";
import type { RequestContext } from "../../core/service.js";
import { KinesisErrors } from "./errors.js";
import type { KinesisModel } from "./model.js";
import type { StreamRef } from "./streamRef.js";

/** The caller as the policy evaluator names principals. */
function principalOf(ctx: RequestContext): RequestPrincipal {
  const parsed = parseArn(ctx.principalArn);
  const resource = parsed?.resource ?? "";
  if (resource.startsWith("user/")) return { type: "user", arn: ctx.principalArn };
  if (resource.startsWith("role/")) return { type: "role", arn: ctx.principalArn };
  if (resource.startsWith("assumed-role/")) return { type: "assumed-role", arn: ctx.principalArn };
  return { type: "account", account: ctx.accountId };
}

/**
 * Decides a call on a stream with the stream's resource policy: another account's stream needs an Allow in
 * it, and an explicit Deny stops everyone. Same-account callers are otherwise allowed (IAM identities are not
 * modelled). A stream that does not exist is left to the action to report.
 */
export function authorize(model: KinesisModel, ref: StreamRef, operation: string, ctx: RequestContext): void {
  const stream = model.peek(ref);
  if (stream === undefined) return;
  if (stream.resourcePolicy === undefined && stream.accountId === ctx.accountId) return;
  const action = `kinesis:${operation}`;
  const decision = evaluate({
    request: {
      principal: principalOf(ctx),
      action,
      resource: stream.arn,
      time: model.now(),
      secureTransport: ctx.secureTransport,
      sourceIp: ctx.sourceIp,
    },
    resourceAccount: stream.accountId,
    resourcePolicy:
      stream.resourcePolicy === undefined
        ? undefined
        : { name: `stream ${stream.name} resource policy`, policy: stream.resourcePolicy },
  });
  if (decision.decision === "Allow") return;
  const why =
    decision.decision === "ExplicitDeny"
      ? `with an explicit deny in a resource-based policy`
      : `because no resource-based policy allows the ${action} action`;
  throw KinesisErrors.accessDenied(
    `User: ${ctx.principalArn} is not authorized to perform: ${action} on resource: ${stream.arn} ${why}`,
  );
}
