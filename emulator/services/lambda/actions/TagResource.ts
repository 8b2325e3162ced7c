import { operations, type TagResourceRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { taggedResource } from "../tagging.js";

export const TagResource = lambdaAction<TagResourceRequest>(operations.TagResource, (service, input, ctx) => {
  const resource = taggedResource(service, input.Resource, ctx);
  resource.setTags({ ...resource.tags, ...input.Tags });
  return {};
});
