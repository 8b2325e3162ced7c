import type { AddPermissionRequest } from "../../generated/lambda.js";
import type { RequestContext } from "../../core/service.js";
import { findAlias, findFunction, newRevisionId, resolveVersion, withVersion } from "./configuration.js";
import { functionNotFound, revisionMismatch } from "./errors.js";
import { functionArn, functionRef } from "./functionRef.js";
import type { LambdaModel } from "./model.js";
import { LATEST, type FunctionRecord, type PermissionStatement } from "./records.js";

/** The key a function's permissions are kept under: `$LATEST` for the unqualified function. */
export function permissionKey(record: FunctionRecord, qualifier: string | undefined): string {
  if (qualifier === undefined || qualifier === LATEST) return LATEST;
  const exists =
    findAlias(record, qualifier) !== undefined ||
    record.versions.some((version) => version.version === qualifier);
  if (!exists) throw functionNotFound(functionArn(record, qualifier));
  return qualifier;
}

/** `Principal` as Lambda writes it into the policy: an account as its root ARN, a service as `Service`. */
function principalOf(principal: string): PermissionStatement["Principal"] {
  if (principal === "*") return "*";
  if (/^\d{12}$/.test(principal)) return { AWS: `arn:aws:iam::${principal}:root` };
  if (principal.startsWith("arn:")) return { AWS: principal };
  return { Service: principal };
}

/** The statement AddPermission adds, in the shape GetPolicy returns it (conditions from the optional members). */
export function permissionStatement(
  record: FunctionRecord,
  qualifier: string | undefined,
  input: AddPermissionRequest,
): PermissionStatement {
  const equals: Record<string, string> = {};
  if (input.SourceAccount !== undefined) equals["AWS:SourceAccount"] = input.SourceAccount;
  if (input.PrincipalOrgID !== undefined) equals["aws:PrincipalOrgID"] = input.PrincipalOrgID;
  if (input.EventSourceToken !== undefined) equals["lambda:EventSourceToken"] = input.EventSourceToken;
  if (input.FunctionUrlAuthType !== undefined)
    equals["lambda:FunctionUrlAuthType"] = input.FunctionUrlAuthType;
  const condition: Record<string, Record<string, string>> = {};
  if (Object.keys(equals).length > 0) condition.StringEquals = equals;
  if (input.SourceArn !== undefined) condition.ArnLike = { "AWS:SourceArn": input.SourceArn };
  return {
    Sid: input.StatementId,
    Effect: "Allow",
    Principal: principalOf(input.Principal),
    Action: input.Action,
    Resource: functionArn(record, qualifier === LATEST ? undefined : qualifier),
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
}

/** The policy document GetPolicy returns for a set of statements. */
export function policyDocument(statements: readonly PermissionStatement[]): string {
  return JSON.stringify({ Version: "2012-10-17", Id: "default", Statement: statements });
}

/**
 * What AddPermission and RemovePermission change: the policy the call names (the function's, a version's or an
 * alias's) with its statements, after AWS's RevisionId check, and the function record with a new RevisionId.
 */
export function permissionChange(
  model: LambdaModel,
  input: { readonly FunctionName: string; readonly Qualifier?: string; readonly RevisionId?: string },
  ctx: RequestContext,
): {
  record: FunctionRecord;
  qualifier: string | undefined;
  key: string;
  current: PermissionStatement[];
  revised: FunctionRecord;
} {
  const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
  const record = findFunction(model, ref);
  const version = resolveVersion(record, ref.qualifier);
  if (input.RevisionId !== undefined && input.RevisionId !== version.config.RevisionId)
    throw revisionMismatch();
  const key = permissionKey(record, ref.qualifier);
  const revised = withVersion(record, {
    ...version,
    config: { ...version.config, RevisionId: newRevisionId() },
  });
  return { record, qualifier: ref.qualifier, key, current: [...(record.permissions[key] ?? [])], revised };
}
