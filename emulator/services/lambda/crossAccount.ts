import { callerPrincipal, evaluate } from "../../core/policy/index.js";
import type { RequestContext } from "../../core/service.js";
import { LambdaErrors } from "./errors.js";
import { functionArn, type FunctionRef } from "./functionRef.js";
import type { LambdaModel } from "./model.js";
import { policyDocument } from "./permissions.js";
import { LATEST } from "./records.js";

/** The function's resource-based policy for a qualifier, as a named policy for the evaluator. */
export function functionPolicy(model: LambdaModel, ref: FunctionRef) {
  const statements =
    model.get(ref.accountId, ref.region, ref.name)?.permissions[ref.qualifier ?? LATEST] ?? [];
  return statements.length === 0
    ? undefined
    : { name: `function ${ref.name} policy`, policy: policyDocument(statements) };
}

/**
 * A call on another account's function needs a statement of the function's policy (AddPermission) that allows
 * the caller, as in AWS: the caller's own account cannot grant access to someone else's function.
 */
export function authorizeCrossAccount(
  model: LambdaModel,
  ref: FunctionRef,
  iamAction: string,
  ctx: RequestContext,
  now: number,
): void {
  if (ref.accountId === ctx.accountId) return;
  const resource = functionArn(ref, ref.qualifier);
  const decision = evaluate({
    request: {
      principal: callerPrincipal(ctx.principalArn, ctx.accountId),
      action: iamAction,
      resource,
      time: now,
    },
    resourceAccount: ref.accountId,
    resourcePolicy: functionPolicy(model, ref),
  });
  if (decision.decision === "Allow") return;
  throw LambdaErrors.accessDenied(
    `User: ${ctx.principalArn} is not authorized to perform: ${iamAction} on resource: ${resource} because no resource-based policy allows the ${iamAction} action`,
  );
}
