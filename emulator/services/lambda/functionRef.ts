import type { RequestContext } from "../../core/service.js";
import { LambdaErrors } from "./errors.js";

/** Which function a request names, in which account and region, and the qualifier it carries if any. */
export interface FunctionRef {
  readonly accountId: string;
  readonly region: string;
  readonly name: string;
  readonly qualifier?: string;
}

/** A name, `ACCOUNT:function:NAME` or `arn:aws:lambda:REGION:ACCOUNT:function:NAME`, each with `:QUALIFIER`. */
const FUNCTION_NAME =
  /^(?:arn:aws[a-zA-Z-]*:lambda:)?(?:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):)?(?:(\d{12}):)?(?:function:)?([a-zA-Z0-9_-]+)(?::(\$LATEST|[a-zA-Z0-9_-]+))?$/;

/**
 * Resolves `FunctionName` (and `Qualifier`) as Lambda does: the account and region in an ARN win over the
 * caller's; a qualifier in the name must agree with the `Qualifier` parameter.
 */
export function functionRef(
  functionName: string,
  qualifier: string | undefined,
  ctx: RequestContext,
): FunctionRef {
  const match = FUNCTION_NAME.exec(functionName);
  if (match === null) {
    throw LambdaErrors.invalidParameterValue(
      `The function name ${functionName} is not valid: give its name or ARN.`,
    );
  }
  const [, region, accountId, name = "", nameQualifier] = match;
  if (region !== undefined && region !== ctx.region) {
    throw LambdaErrors.invalidParameterValue(
      `The region in the function ARN (${region}) does not match the region of the request (${ctx.region}).`,
    );
  }
  if (
    nameQualifier !== undefined &&
    qualifier !== undefined &&
    qualifier !== "" &&
    nameQualifier !== qualifier
  ) {
    throw LambdaErrors.invalidParameterValue(
      "The derived qualifier from the function name does not match the specified qualifier.",
    );
  }
  const chosen = nameQualifier ?? (qualifier === "" ? undefined : qualifier);
  return { accountId: accountId ?? ctx.accountId, region: ctx.region, name, qualifier: chosen };
}

/** `arn:aws:lambda:REGION:ACCOUNT:function:NAME`, with `:QUALIFIER` when given. */
export function functionArn(
  ref: Pick<FunctionRef, "accountId" | "region" | "name">,
  qualifier?: string,
): string {
  const base = `arn:aws:lambda:${ref.region}:${ref.accountId}:function:${ref.name}`;
  return qualifier === undefined ? base : `${base}:${qualifier}`;
}
