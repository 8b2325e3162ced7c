import { operations, type RemovePermissionRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction, newRevisionId, resolveVersion, withVersion } from "../configuration.js";
import { LambdaErrors, revisionMismatch } from "../errors.js";
import { functionRef } from "../functionRef.js";
import { permissionKey } from "../permissions.js";

export const RemovePermission = lambdaAction<RemovePermissionRequest>(
  operations.RemovePermission,
  ({ model }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    const key = permissionKey(record, ref.qualifier);
    const version = resolveVersion(record, ref.qualifier);
    if (input.RevisionId !== undefined && input.RevisionId !== version.config.RevisionId)
      throw revisionMismatch();
    const current = record.permissions[key] ?? [];
    if (!current.some((statement) => statement.Sid === input.StatementId)) {
      throw LambdaErrors.resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
    }
    const revised = withVersion(record, {
      ...version,
      config: { ...version.config, RevisionId: newRevisionId() },
    });
    const remaining = current.filter((statement) => statement.Sid !== input.StatementId);
    const { [key]: _removed, ...others } = record.permissions;
    model.put({ ...revised, permissions: remaining.length > 0 ? { ...others, [key]: remaining } : others });
    return {};
  },
);
