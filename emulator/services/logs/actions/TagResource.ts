import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { groupByArn } from "../identify.js";
import { addTags } from "../tags.js";

export const TagResource = logsAction<{ resourceArn: string; tags: Record<string, string> }>(
  operations.TagResource,
  (model, input) => {
    addTags(model, groupByArn(model, input.resourceArn), input.tags);
    return {};
  },
);
