import { operations, type ListEventSourceMappingsRequest } from "../../../generated/lambda.js";
import { lambdaAction, lambdaPage } from "../action.js";
import { functionArn, functionRef } from "../functionRef.js";
import { mappingAuthorization } from "../mappings/lookup.js";

/** ListEventSourceMappings returns at most 100 mappings a page, whatever MaxItems asks for. */
const MAX_MAPPINGS_PER_PAGE = 100;

export const ListEventSourceMappings = lambdaAction<ListEventSourceMappingsRequest>(
  operations.ListEventSourceMappings,
  ({ mappings }, input, ctx) => {
    const ref =
      input.FunctionName === undefined ? undefined : functionRef(input.FunctionName, undefined, ctx);
    const wantedFunction = ref && functionArn(ref, ref.qualifier);
    const matching = mappings.records
      .list(ctx.accountId, ctx.region)
      .filter(
        (record) =>
          (input.EventSourceArn === undefined || record.config.EventSourceArn === input.EventSourceArn) &&
          (wantedFunction === undefined || record.config.FunctionArn === wantedFunction),
      )
      .map((record) => record.config);
    const page = lambdaPage(matching, input.Marker, input.MaxItems, MAX_MAPPINGS_PER_PAGE);
    return { EventSourceMappings: page.items, NextMarker: page.nextMarker };
  },
  { authorization: mappingAuthorization },
);
