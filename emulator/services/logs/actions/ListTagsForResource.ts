import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { groupByArn } from "../identify.js";

export const ListTagsForResource = logsAction<{ resourceArn: string }>(
  operations.ListTagsForResource,
  (model, input) => ({ tags: { ...groupByArn(model, input.resourceArn).tags } }),
);
