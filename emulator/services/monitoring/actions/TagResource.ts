import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { alarmByArn } from "../tagging.js";

/** Adds or overwrites tags, keeping the order in which keys were first set. */
export const TagResource = monitoringAction<{ ResourceARN: string; Tags: { Key: string; Value: string }[] }>(
  operations.TagResource,
  (model, input) => {
    const alarm = alarmByArn(model, input.ResourceARN);
    const tags = alarm.tags.map((tag) => ({ ...tag }));
    for (const tag of input.Tags) {
      const existing = tags.find((t) => t.Key === tag.Key);
      if (existing === undefined) tags.push({ Key: tag.Key, Value: tag.Value });
      else existing.Value = tag.Value;
    }
    alarm.tags = tags;
    model.saveAlarm(alarm);
    return {};
  },
);
