import { operations, type RemovePermissionRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { LambdaErrors } from "../errors.js";
import { permissionChange } from "../permissions.js";

export const RemovePermission = lambdaAction<RemovePermissionRequest>(
  operations.RemovePermission,
  ({ model }, input, ctx) => {
    const { record, key, current, revised } = permissionChange(model, input, ctx);
    if (!current.some((statement) => statement.Sid === input.StatementId)) {
      throw LambdaErrors.resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
    }
    const remaining = current.filter((statement) => statement.Sid !== input.StatementId);
    const { [key]: _removed, ...others } = record.permissions;
    model.put({ ...revised, permissions: remaining.length > 0 ? { ...others, [key]: remaining } : others });
    return {};
  },
);
