import { compilePolicy } from "../../../core/policy/index.js";
import { operations, type AddPermissionRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { LambdaErrors } from "../errors.js";
import { permissionChange, permissionStatement, policyDocument } from "../permissions.js";

/** Adds a statement to the function's (or the version's, or the alias's) resource-based policy. */
export const AddPermission = lambdaAction<AddPermissionRequest>(
  operations.AddPermission,
  ({ model }, input, ctx) => {
    const { record, qualifier, key, current, revised } = permissionChange(model, input, ctx);
    if (current.some((statement) => statement.Sid === input.StatementId)) {
      throw LambdaErrors.resourceConflict(
        `The statement id (${input.StatementId}) provided already exists. Please choose a new statement id, or remove the existing statement.`,
      );
    }
    const statement = permissionStatement(record, qualifier, input);
    const statements = [...current, statement];
    // The same evaluator that decides the policy must be able to read it.
    const compiled = compilePolicy(policyDocument(statements), "resource");
    if (!compiled.ok) {
      throw LambdaErrors.invalidParameterValue(
        `The permission is not a valid policy statement: ${compiled.problem.message}`,
      );
    }
    model.put({ ...revised, permissions: { ...record.permissions, [key]: statements } });
    return { Statement: JSON.stringify(statement) };
  },
);
