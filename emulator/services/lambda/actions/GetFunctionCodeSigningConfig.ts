import { operations, type GetFunctionCodeSigningConfigRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import { functionRef } from "../functionRef.js";

/** Code signing is not modelled: every function answers as one without a code signing configuration. */
export const GetFunctionCodeSigningConfig = lambdaAction<GetFunctionCodeSigningConfigRequest>(
  operations.GetFunctionCodeSigningConfig,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    return { CodeSigningConfigArn: "", FunctionName: record.name };
  },
);
