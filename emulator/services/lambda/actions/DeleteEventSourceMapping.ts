import { operations, type DeleteEventSourceMappingRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { checkSettled, findMapping, mappingAuthorization } from "../mappings/lookup.js";
import { userTransitionReason } from "../mappings/records.js";

export const DeleteEventSourceMapping = lambdaAction<DeleteEventSourceMappingRequest>(
  operations.DeleteEventSourceMapping,
  ({ mappings, core }, input, ctx) => {
    const current = findMapping(mappings.records, input.UUID, ctx);
    checkSettled(current, "delete");
    const deleting = {
      ...current,
      config: {
        ...current.config,
        State: "Deleting" as const,
        StateTransitionReason: userTransitionReason(current.source),
        LastModified: core.clock.now() / 1000,
      },
    };
    mappings.lifecycle.begin(deleting);
    return { ...deleting.config };
  },
  { authorization: mappingAuthorization },
);
