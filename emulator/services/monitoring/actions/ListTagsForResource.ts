import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { alarmByArn } from "../tagging.js";

export const ListTagsForResource = monitoringAction<{ ResourceARN: string }>(
  operations.ListTagsForResource,
  (model, input) => ({ Tags: alarmByArn(model, input.ResourceARN).tags.map((tag) => ({ ...tag })) }),
);
