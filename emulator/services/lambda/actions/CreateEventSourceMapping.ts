import { randomUUID } from "node:crypto";
import { operations, type CreateEventSourceMappingRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { checkSourceAccess } from "../mappings/access.js";
import { checkNoConflict } from "../mappings/conflict.js";
import { mappingFunction } from "../mappings/functionTarget.js";
import { mappingAuthorization } from "../mappings/lookup.js";
import { checkParameters, givenParameters, sourceSettings } from "../mappings/parameters.js";
import { mappingArn, userTransitionReason, type MappingRecord } from "../mappings/records.js";
import { eventSourceOf } from "../mappings/source.js";

export const CreateEventSourceMapping = lambdaAction<CreateEventSourceMappingRequest>(
  operations.CreateEventSourceMapping,
  async ({ model, mappings, core }, input, ctx) => {
    const fn = mappingFunction(model, input.FunctionName, ctx);
    const source = eventSourceOf(input.EventSourceArn, ctx.region);
    const params = givenParameters(input);
    checkParameters(source, params, input);
    checkNoConflict(mappings.records, ctx, source.arn, fn.arn);
    await checkSourceAccess(core, source, fn.role, params.DestinationConfig?.OnFailure?.Destination);
    // Checked again: another create may have finished while the role was being checked.
    checkNoConflict(mappings.records, ctx, source.arn, fn.arn);
    const uuid = randomUUID();
    const record: MappingRecord = {
      accountId: ctx.accountId,
      region: ctx.region,
      source: source.service,
      enabled: input.Enabled ?? true,
      tags: input.Tags ?? {},
      config: {
        UUID: uuid,
        ...sourceSettings(source, params),
        EventSourceArn: source.arn,
        FunctionArn: fn.arn,
        LastModified: core.clock.now() / 1000,
        ...(source.service === "kinesis" ? { LastProcessingResult: "No records processed" } : {}),
        State: "Creating",
        StateTransitionReason: userTransitionReason(source.service),
        EventSourceMappingArn: mappingArn(ctx.accountId, ctx.region, uuid),
      },
    };
    mappings.lifecycle.begin(record);
    return { ...record.config };
  },
  { authorization: mappingAuthorization },
);
