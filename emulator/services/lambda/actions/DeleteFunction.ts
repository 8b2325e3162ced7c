import { operations, type DeleteFunctionRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import { functionNotFound, LambdaErrors } from "../errors.js";
import { functionArn, functionRef } from "../functionRef.js";
import { LATEST } from "../records.js";

/** Deletes the function, or with a version number as qualifier only that version. */
export const DeleteFunction = lambdaAction<DeleteFunctionRequest>(
  operations.DeleteFunction,
  ({ model, invocations }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    const qualifier = ref.qualifier;
    if (qualifier === undefined) {
      model.delete(record);
      invocations.forget(record);
      return {};
    }
    if (qualifier === LATEST) {
      throw LambdaErrors.invalidParameterValue(
        "$LATEST version cannot be deleted without deleting the function.",
      );
    }
    if (!/^\d+$/.test(qualifier)) {
      throw LambdaErrors.invalidParameterValue(
        `Deletion of aliases is not supported by DeleteFunction: delete alias ${qualifier} with DeleteAlias.`,
      );
    }
    if (!record.versions.some((version) => version.version === qualifier))
      throw functionNotFound(functionArn(ref, qualifier));
    const users = record.aliases
      .filter((alias) => alias.FunctionVersion === qualifier)
      .map((alias) => alias.Name);
    if (users.length > 0) {
      throw LambdaErrors.resourceConflict(
        `Unable to delete version because the following aliases reference it: [${users.join(", ")}]`,
      );
    }
    model.store.transaction(() => {
      model.put({ ...record, versions: record.versions.filter((version) => version.version !== qualifier) });
      model.dropUnusedCode();
    });
    invocations.forget(record, qualifier);
    return {};
  },
);
