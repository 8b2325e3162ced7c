import { operations, type GetFunctionConfigurationRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { configurationOf, findFunction, resolveVersion } from "../configuration.js";
import { functionRef } from "../functionRef.js";

export const GetFunctionConfiguration = lambdaAction<GetFunctionConfigurationRequest>(
  operations.GetFunctionConfiguration,
  ({ model }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    return { ...configurationOf(record, resolveVersion(record, ref.qualifier), ref.qualifier !== undefined) };
  },
);
