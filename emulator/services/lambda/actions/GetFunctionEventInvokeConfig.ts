import { operations, type GetFunctionEventInvokeConfigRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import {
  eventInvokeConfigKey,
  eventInvokeConfigOrNotFound,
  eventInvokeConfigOutput,
} from "../eventInvokeConfigs.js";
import { functionRef } from "../functionRef.js";

export const GetFunctionEventInvokeConfig = lambdaAction<GetFunctionEventInvokeConfigRequest>(
  operations.GetFunctionEventInvokeConfig,
  ({ model }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    const key = eventInvokeConfigKey(record, ref.qualifier);
    return { ...eventInvokeConfigOutput(record, key, eventInvokeConfigOrNotFound(record, key)) };
  },
);
