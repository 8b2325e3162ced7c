import { operations, type ListFunctionEventInvokeConfigsRequest } from "../../../generated/lambda.js";
import { lambdaAction, lambdaPage } from "../action.js";
import { findFunction } from "../configuration.js";
import { eventInvokeConfigOutput } from "../eventInvokeConfigs.js";
import { functionRef } from "../functionRef.js";

export const ListFunctionEventInvokeConfigs = lambdaAction<ListFunctionEventInvokeConfigsRequest>(
  operations.ListFunctionEventInvokeConfigs,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    const configs = Object.entries(record.eventInvokeConfigs).map(([key, config]) =>
      eventInvokeConfigOutput(record, key, config),
    );
    const page = lambdaPage(configs, input.Marker, input.MaxItems);
    return { FunctionEventInvokeConfigs: page.items, NextMarker: page.nextMarker };
  },
);
