import { parseArn } from "../../core/accounts.js";
import type { AlarmRecord } from "./alarm.js";
import { CloudWatchErrors } from "./errors.js";
import type { MonitoringModel } from "./model.js";

/** The alarm an ARN names (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`), for the tagging APIs. */
export function alarmByArn(model: MonitoringModel, resourceArn: string): AlarmRecord {
  const parsed = parseArn(resourceArn);
  const name = parsed?.resource.startsWith("alarm:") ? parsed.resource.slice("alarm:".length) : undefined;
  const alarm =
    parsed === undefined || name === undefined || parsed.service !== "cloudwatch"
      ? undefined
      : model.alarms(parsed.accountId, parsed.region).get(name);
  if (alarm === undefined) {
    throw CloudWatchErrors.resourceNotFoundException(`${resourceArn} was not found.`);
  }
  return alarm;
}
