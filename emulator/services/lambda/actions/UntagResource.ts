import { operations, type UntagResourceRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { taggedFunction } from "../tagging.js";

export const UntagResource = lambdaAction<UntagResourceRequest>(
  operations.UntagResource,
  ({ model }, input, ctx) => {
    const record = taggedFunction(model, input.Resource, ctx);
    const removed = new Set(input.TagKeys);
    model.put({
      ...record,
      tags: Object.fromEntries(Object.entries(record.tags).filter(([key]) => !removed.has(key))),
    });
    return {};
  },
);
