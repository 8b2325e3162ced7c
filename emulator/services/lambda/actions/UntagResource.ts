import { operations, type UntagResourceRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { taggedResource } from "../tagging.js";

export const UntagResource = lambdaAction<UntagResourceRequest>(
  operations.UntagResource,
  (service, input, ctx) => {
    const resource = taggedResource(service, input.Resource, ctx);
    const removed = new Set(input.TagKeys);
    resource.setTags(Object.fromEntries(Object.entries(resource.tags).filter(([key]) => !removed.has(key))));
    return {};
  },
);
