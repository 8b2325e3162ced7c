import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from "@aws-sdk/client-cloudwatch";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock, startEmulator } from "../../emulator/index.js";

const START = Date.UTC(2026, 0, 1);
let dataDir: string;
const clock = new ManualClock(START);

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "cloudwatch-durability-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function withCloudWatch(
  work: (cloudwatch: CloudWatchClient, url: string) => Promise<void>,
): Promise<void> {
  const emulator = await startEmulator({ port: 0, clock, dataDir, log: () => {} });
  const cloudwatch = new CloudWatchClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDDURABLECW", secretAccessKey: "secret" },
  });
  try {
    await work(cloudwatch, emulator.url);
  } finally {
    cloudwatch.destroy();
    await emulator.stop();
  }
}

describe("CloudWatch with a data dir", () => {
  it("keeps alarms with their state, tags and history, and datapoints, across a restart", async () => {
    await withCloudWatch(async (cloudwatch) => {
      await cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: "kept",
          Namespace: "EDA/Durable",
          MetricName: "Depth",
          Statistic: "Maximum",
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 3,
          ComparisonOperator: "GreaterThanThreshold",
          Tags: [{ Key: "env", Value: "local" }],
        }),
      );
      await cloudwatch.send(
        new SetAlarmStateCommand({ AlarmName: "kept", StateValue: "ALARM", StateReason: "manual" }),
      );
      await cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: "EDA/Durable",
          MetricData: [{ MetricName: "Depth", Value: 2, Timestamp: new Date(START) }],
        }),
      );
    });
    await withCloudWatch(async (cloudwatch, url) => {
      const state = (await (await fetch(`${url}/_eda/state`)).json()) as {
        services: Record<string, unknown>;
      };
      // Datapoints are data, not resources: the state counts the alarm only.
      expect(state.services.monitoring).toEqual({ "000000000000": { "us-east-1": { alarms: 1 } } });
      const { MetricAlarms } = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ["kept"] }));
      expect(MetricAlarms?.map((a) => [a.AlarmName, a.StateValue, a.StateReason, a.Threshold])).toEqual([
        ["kept", "ALARM", "manual", 3],
      ]);
      const { Tags } = await cloudwatch.send(
        new ListTagsForResourceCommand({
          ResourceARN: "arn:aws:cloudwatch:us-east-1:000000000000:alarm:kept",
        }),
      );
      expect(Tags).toEqual([{ Key: "env", Value: "local" }]);
      const { AlarmHistoryItems } = await cloudwatch.send(
        new DescribeAlarmHistoryCommand({ AlarmName: "kept" }),
      );
      expect(AlarmHistoryItems?.map((item) => item.HistoryItemType)).toEqual([
        "StateUpdate",
        "ConfigurationUpdate",
      ]);
      const { Datapoints } = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: "EDA/Durable",
          MetricName: "Depth",
          StartTime: new Date(START),
          EndTime: new Date(START + 60_000),
          Period: 60,
          Statistics: ["Maximum"],
        }),
      );
      expect(Datapoints?.map((d) => d.Maximum)).toEqual([2]);
    });
  });

  it("POST /_eda/reset forgets every alarm and datapoint, also on disk", async () => {
    await withCloudWatch(async (cloudwatch, url) => {
      await cloudwatch.send(
        new PutMetricDataCommand({ Namespace: "EDA/Reset", MetricData: [{ MetricName: "M", Value: 1 }] }),
      );
      await cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: "forgotten",
          Namespace: "EDA/Reset",
          MetricName: "M",
          Statistic: "Sum",
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: "GreaterThanThreshold",
        }),
      );
      expect((await fetch(`${url}/_eda/reset`, { method: "POST" })).status).toBe(200);
    });
    await withCloudWatch(async (cloudwatch) => {
      expect((await cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
      expect((await cloudwatch.send(new ListMetricsCommand({}))).Metrics).toEqual([]);
    });
  });
});
