import { operations, type GetEventSourceMappingRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findMapping, mappingAuthorization } from "../mappings/lookup.js";

export const GetEventSourceMapping = lambdaAction<GetEventSourceMappingRequest>(
  operations.GetEventSourceMapping,
  ({ mappings }, input, ctx) => ({ ...findMapping(mappings.records, input.UUID, ctx).config }),
  { authorization: mappingAuthorization },
);
