import { operations, type TagResourceRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { taggedFunction } from "../tagging.js";

export const TagResource = lambdaAction<TagResourceRequest>(
  operations.TagResource,
  ({ model }, input, ctx) => {
    const record = taggedFunction(model, input.Resource, ctx);
    model.put({ ...record, tags: { ...record.tags, ...input.Tags } });
    return {};
  },
);
