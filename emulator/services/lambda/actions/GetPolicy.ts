import { operations, type GetPolicyRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction, resolveVersion } from "../configuration.js";
import { LambdaErrors } from "../errors.js";
import { functionRef } from "../functionRef.js";
import { permissionKey, policyDocument } from "../permissions.js";

export const GetPolicy = lambdaAction<GetPolicyRequest>(operations.GetPolicy, ({ model }, input, ctx) => {
  const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
  const record = findFunction(model, ref);
  const statements = record.permissions[permissionKey(record, ref.qualifier)] ?? [];
  if (statements.length === 0)
    throw LambdaErrors.resourceNotFound("The resource you requested does not exist.");
  return {
    Policy: policyDocument(statements),
    RevisionId: resolveVersion(record, ref.qualifier).config.RevisionId,
  };
});
