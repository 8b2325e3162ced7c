import { operations, type GetFunctionConcurrencyRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import { functionRef } from "../functionRef.js";

export const GetFunctionConcurrency = lambdaAction<GetFunctionConcurrencyRequest>(
  operations.GetFunctionConcurrency,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    return { ReservedConcurrentExecutions: record.reservedConcurrency };
  },
);
