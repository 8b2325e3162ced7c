import { operations, type ListTagsRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { taggedFunction } from "../tagging.js";

export const ListTags = lambdaAction<ListTagsRequest>(operations.ListTags, ({ model }, input, ctx) => ({
  Tags: taggedFunction(model, input.Resource, ctx).tags,
}));
