import { operations, type DeleteFunctionConcurrencyRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import { functionRef } from "../functionRef.js";

export const DeleteFunctionConcurrency = lambdaAction<DeleteFunctionConcurrencyRequest>(
  operations.DeleteFunctionConcurrency,
  ({ model }, input, ctx) => {
    const { reservedConcurrency: _removed, ...record } = findFunction(
      model,
      functionRef(input.FunctionName, undefined, ctx),
    );
    model.put(record);
    return {};
  },
);
