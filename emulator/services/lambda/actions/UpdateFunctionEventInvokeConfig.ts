import { operations, type UpdateFunctionEventInvokeConfigRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import { checkDestinations, eventInvokeConfigKey, eventInvokeConfigOutput } from "../eventInvokeConfigs.js";
import { functionRef } from "../functionRef.js";
import type { EventInvokeConfigRecord } from "../records.js";

/** Changes only the members given (and creates the settings when there were none). */
export const UpdateFunctionEventInvokeConfig = lambdaAction<UpdateFunctionEventInvokeConfigRequest>(
  operations.UpdateFunctionEventInvokeConfig,
  ({ model, core }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    const key = eventInvokeConfigKey(record, ref.qualifier);
    checkDestinations(input.DestinationConfig);
    const current = record.eventInvokeConfigs[key];
    const config: EventInvokeConfigRecord = {
      ...current,
      LastModified: core.clock.now() / 1000,
      ...(input.MaximumRetryAttempts === undefined
        ? {}
        : { MaximumRetryAttempts: input.MaximumRetryAttempts }),
      ...(input.MaximumEventAgeInSeconds === undefined
        ? {}
        : { MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds }),
      DestinationConfig: {
        OnSuccess: input.DestinationConfig?.OnSuccess ?? current?.DestinationConfig?.OnSuccess ?? {},
        OnFailure: input.DestinationConfig?.OnFailure ?? current?.DestinationConfig?.OnFailure ?? {},
      },
    };
    model.put({ ...record, eventInvokeConfigs: { ...record.eventInvokeConfigs, [key]: config } });
    return { ...eventInvokeConfigOutput(record, key, config) };
  },
);
