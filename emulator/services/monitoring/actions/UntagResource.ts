import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { alarmByArn } from "../tagging.js";

export const UntagResource = monitoringAction<{ ResourceARN: string; TagKeys: string[] }>(
  operations.UntagResource,
  (model, input) => {
    const alarm = alarmByArn(model, input.ResourceARN);
    alarm.tags = alarm.tags.filter((tag) => !input.TagKeys.includes(tag.Key));
    model.saveAlarm(alarm);
    return {};
  },
);
