import { operations } from "../../../generated/monitoring.js";
import { monitoringAction, toMillis, toSeconds } from "../action.js";
import { page } from "../paging.js";

interface Input {
  AlarmName?: string;
  AlarmTypes?: string[];
  HistoryItemType?: string;
  StartDate?: number | string;
  EndDate?: number | string;
  MaxRecords?: number;
  NextToken?: string;
  ScanBy?: "TimestampDescending" | "TimestampAscending";
}

/** History items of the last two weeks, newest first unless ScanBy says otherwise. */
export const DescribeAlarmHistory = monitoringAction<Input>(
  operations.DescribeAlarmHistory,
  (model, input, ctx) => {
    const start = input.StartDate === undefined ? undefined : toMillis(input.StartDate);
    const end = input.EndDate === undefined ? undefined : toMillis(input.EndDate);
    const items = model
      .historyOf(ctx.accountId, ctx.region)
      .filter((item) => input.AlarmName === undefined || item.alarmName === input.AlarmName)
      .filter((item) => input.HistoryItemType === undefined || item.type === input.HistoryItemType)
      .filter(
        (item) =>
          (start === undefined || item.timestamp >= start) && (end === undefined || item.timestamp <= end),
      )
      .filter(() => input.AlarmTypes === undefined || input.AlarmTypes.includes("MetricAlarm"));
    if (input.ScanBy === "TimestampAscending") items.reverse();
    const found = page(items, input.MaxRecords ?? 100, input.NextToken);
    return {
      AlarmHistoryItems: found.items.map((item) => ({
        AlarmName: item.alarmName,
        AlarmType: "MetricAlarm",
        Timestamp: toSeconds(item.timestamp),
        HistoryItemType: item.type,
        HistorySummary: item.summary,
        HistoryData: item.data,
      })),
      NextToken: found.nextToken,
    };
  },
);
