import { operations, type DeleteFunctionEventInvokeConfigRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import { eventInvokeConfigKey, eventInvokeConfigOrNotFound } from "../eventInvokeConfigs.js";
import { functionRef } from "../functionRef.js";

export const DeleteFunctionEventInvokeConfig = lambdaAction<DeleteFunctionEventInvokeConfigRequest>(
  operations.DeleteFunctionEventInvokeConfig,
  ({ model }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    const key = eventInvokeConfigKey(record, ref.qualifier);
    eventInvokeConfigOrNotFound(record, key);
    const { [key]: _removed, ...eventInvokeConfigs } = record.eventInvokeConfigs;
    model.put({ ...record, eventInvokeConfigs });
    return {};
  },
);
