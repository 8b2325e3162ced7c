import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { groupByArn } from "../identify.js";
import { removeTags } from "../tags.js";

export const UntagResource = logsAction<{ resourceArn: string; tagKeys: string[] }>(
  operations.UntagResource,
  (model, input) => {
    removeTags(model, groupByArn(model, input.resourceArn), input.tagKeys);
    return {};
  },
);
