import { operations, type ListTagsRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { taggedResource } from "../tagging.js";

export const ListTags = lambdaAction<ListTagsRequest>(operations.ListTags, (service, input, ctx) => ({
  Tags: taggedResource(service, input.Resource, ctx).tags,
}));
