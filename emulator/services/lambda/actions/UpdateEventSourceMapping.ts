import { operations, type UpdateEventSourceMappingRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { checkSourceAccess } from "../mappings/access.js";
import { checkNoConflict } from "../mappings/conflict.js";
import { mappingFunction } from "../mappings/functionTarget.js";
import { checkSettled, findMapping, mappingAuthorization } from "../mappings/lookup.js";
import { checkParameters, givenParameters, parametersOf, sourceSettings } from "../mappings/parameters.js";
import { userTransitionReason, type MappingRecord, type MappingState } from "../mappings/records.js";
import { eventSourceOf } from "../mappings/source.js";

export const UpdateEventSourceMapping = lambdaAction<UpdateEventSourceMappingRequest>(
  operations.UpdateEventSourceMapping,
  async ({ model, mappings, core }, input, ctx) => {
    const current = findMapping(mappings.records, input.UUID, ctx);
    checkSettled(current, "update");
    const source = eventSourceOf(current.config.EventSourceArn, current.region);
    // The function is resolved only when named or needed: a mapping whose function is gone can still be disabled.
    const named =
      input.FunctionName === undefined ? undefined : mappingFunction(model, input.FunctionName, ctx);
    const functionArn = named?.arn ?? current.config.FunctionArn;
    const params = { ...parametersOf(current.config), ...givenParameters(input) };
    checkParameters(source, params, input);
    const functionChanged = functionArn !== current.config.FunctionArn;
    if (functionChanged) checkNoConflict(mappings.records, ctx, source.arn, functionArn, current.config.UUID);
    const enabled = input.Enabled ?? current.enabled;
    const destination = params.DestinationConfig?.OnFailure?.Destination;
    const destinationChanged = destination !== current.config.DestinationConfig?.OnFailure?.Destination;
    if (enabled && (!current.enabled || functionChanged || destinationChanged)) {
      const { role } = named ?? mappingFunction(model, functionArn, ctx);
      await checkSourceAccess(core, source, role, destination);
    }
    const state: MappingState = enabled === current.enabled ? "Updating" : enabled ? "Enabling" : "Disabling";
    const { config } = current;
    const record: MappingRecord = {
      ...current,
      enabled,
      config: {
        UUID: config.UUID,
        ...sourceSettings(source, params),
        EventSourceArn: config.EventSourceArn,
        FunctionArn: functionArn,
        LastModified: core.clock.now() / 1000,
        ...(config.LastProcessingResult === undefined
          ? {}
          : { LastProcessingResult: config.LastProcessingResult }),
        State: state,
        StateTransitionReason: userTransitionReason(current.source),
        EventSourceMappingArn: config.EventSourceMappingArn,
      },
    };
    mappings.lifecycle.begin(record);
    return { ...record.config };
  },
  { authorization: mappingAuthorization },
);
