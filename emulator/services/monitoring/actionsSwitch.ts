import type { MonitoringModel } from "./model.js";

/** Enable/DisableAlarmActions: names that are not alarms are skipped, as AWS does. */
export function setActionsEnabled(
  model: MonitoringModel,
  accountId: string,
  region: string,
  names: readonly string[],
  enabled: boolean,
): void {
  const alarms = model.alarms(accountId, region);
  for (const name of names) {
    const alarm = alarms.get(name);
    if (alarm === undefined || alarm.config.ActionsEnabled === enabled) continue;
    alarm.config = { ...alarm.config, ActionsEnabled: enabled };
    model.saveAlarm(alarm);
  }
}
