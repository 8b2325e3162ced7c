import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEBIAN_AWS_CLI, PATH_AWS_CLI, runCli } from "./support/cli-transport.js";

let emulator: RunningEmulator;

beforeAll(async () => {
  // Time stands still here: each CLI call takes about a second, and a minute boundary between SetAlarmState
  // and DescribeAlarmHistory would let the alarm's evaluation (no data: INSUFFICIENT_DATA) overwrite the state,
  // as AWS's would. The alarm evaluation itself is tested on a manual clock elsewhere.
  emulator = await startEmulator({ port: 0, log: () => {}, clock: new ManualClock(Date.now()) });
});

afterAll(async () => {
  await emulator.stop();
});

/** How the CLI's debug log shows the wire protocol of its request. */
function protocolOf(debugLog: string): string {
  if (/smithy-protocol['"]?: ['"]?rpc-v2-cbor/i.test(debugLog)) return "rpc-v2-cbor";
  if (/X-Amz-Target['"]?: ['"]?GraniteServiceVersion20100801/i.test(debugLog)) return "json";
  if (/Action=PutMetricAlarm/.test(debugLog) || /x-www-form-urlencoded/i.test(debugLog)) return "query";
  return "unknown";
}

async function cloudwatch(
  cli: string,
  args: string[],
): Promise<{ json: unknown; protocol: string; stderr: string }> {
  const run = await runCli(cli, [
    "--endpoint-url",
    emulator.url,
    "--output",
    "json",
    "--debug",
    "cloudwatch",
    ...args,
  ]);
  if (run.exitCode !== 0)
    throw new Error(`aws cloudwatch ${args[0]} failed: ${run.stderr.split("\n").slice(-3).join(" ")}`);
  return {
    json: run.stdout.trim() === "" ? undefined : JSON.parse(run.stdout),
    protocol: protocolOf(run.stderr),
    stderr: run.stderr,
  };
}

describe.each([
  { label: "Debian's AWS CLI v2.9", cli: DEBIAN_AWS_CLI, protocol: "query" },
  { label: "the AWS CLI v1 on PATH", cli: PATH_AWS_CLI, protocol: "json" },
])("CloudWatch via $label", ({ label, cli, protocol }) => {
  const name = `cli-${protocol}-alarm`;

  it(`PutMetricAlarm goes over ${protocol} and DescribeAlarms reads the alarm back unchanged`, async () => {
    const put = await cloudwatch(cli, [
      "put-metric-alarm",
      "--alarm-name",
      name,
      "--namespace",
      "AWS/SQS",
      "--metric-name",
      "ApproximateNumberOfMessagesVisible",
      "--dimensions",
      "Name=QueueName,Value=orders-dlq",
      "--statistic",
      "Maximum",
      "--period",
      "60",
      "--evaluation-periods",
      "1",
      "--threshold",
      "0.5",
      "--comparison-operator",
      "GreaterThanThreshold",
      "--alarm-actions",
      "arn:aws:sns:us-east-1:000000000000:alarms",
      "--tags",
      "Key=env,Value=local",
    ]);
    expect(put.protocol, label).toBe(protocol);
    const { json } = await cloudwatch(cli, ["describe-alarms", "--alarm-names", name]);
    expect(json).toMatchObject({
      MetricAlarms: [
        {
          AlarmName: name,
          AlarmArn: `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${name}`,
          ActionsEnabled: true,
          AlarmActions: ["arn:aws:sns:us-east-1:000000000000:alarms"],
          OKActions: [],
          StateValue: "INSUFFICIENT_DATA",
          Dimensions: [{ Name: "QueueName", Value: "orders-dlq" }],
          Threshold: 0.5,
          Period: 60,
          EvaluationPeriods: 1,
          TreatMissingData: "missing",
        },
      ],
    });
    const tags = await cloudwatch(cli, [
      "list-tags-for-resource",
      "--resource-arn",
      `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${name}`,
    ]);
    expect(tags.json).toEqual({ Tags: [{ Key: "env", Value: "local" }] });
  });

  it("PutMetricData then GetMetricStatistics returns the period's statistics", async () => {
    const metric = `Latency${protocol}`;
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const at = new Date(now).toISOString();
    await cloudwatch(cli, [
      "put-metric-data",
      "--namespace",
      "EDA/Cli",
      "--metric-name",
      metric,
      "--value",
      "3",
      "--timestamp",
      at,
      "--unit",
      "Milliseconds",
    ]);
    await cloudwatch(cli, [
      "put-metric-data",
      "--namespace",
      "EDA/Cli",
      "--metric-name",
      metric,
      "--value",
      "7",
      "--timestamp",
      at,
      "--unit",
      "Milliseconds",
    ]);
    const { json } = await cloudwatch(cli, [
      "get-metric-statistics",
      "--namespace",
      "EDA/Cli",
      "--metric-name",
      metric,
      "--start-time",
      new Date(now - 60_000).toISOString(),
      "--end-time",
      new Date(now + 60_000).toISOString(),
      "--period",
      "60",
      "--statistics",
      "Sum",
      "Maximum",
      "SampleCount",
    ]);
    const datapoints = (json as { Datapoints: Record<string, unknown>[] }).Datapoints;
    expect(datapoints).toHaveLength(1);
    expect(datapoints[0]).toMatchObject({ Sum: 10, Maximum: 7, SampleCount: 2, Unit: "Milliseconds" });
    // CLI v1 prints timestamps as they came over the wire (epoch seconds in JSON); v2 prints ISO 8601.
    const timestamp = datapoints[0].Timestamp;
    expect(typeof timestamp === "number" ? timestamp * 1000 : new Date(timestamp as string).getTime()).toBe(
      now,
    );
  });

  it("SetAlarmState shows in DescribeAlarms and DescribeAlarmHistory", async () => {
    await cloudwatch(cli, [
      "set-alarm-state",
      "--alarm-name",
      name,
      "--state-value",
      "ALARM",
      "--state-reason",
      "cli test",
    ]);
    const alarms = await cloudwatch(cli, [
      "describe-alarms",
      "--alarm-names",
      name,
      "--state-value",
      "ALARM",
    ]);
    expect(alarms.json).toMatchObject({ MetricAlarms: [{ AlarmName: name, StateReason: "cli test" }] });
    const history = await cloudwatch(cli, [
      "describe-alarm-history",
      "--alarm-name",
      name,
      "--history-item-type",
      "StateUpdate",
    ]);
    const items = (history.json as { AlarmHistoryItems: { HistorySummary: string; HistoryData: string }[] })
      .AlarmHistoryItems;
    expect(items.map((item) => item.HistorySummary)).toEqual([
      "Alarm updated from INSUFFICIENT_DATA to ALARM",
    ]);
    expect(JSON.parse(items[0].HistoryData)).toMatchObject({
      newState: { stateValue: "ALARM", stateReason: "cli test" },
    });
  });

  it("GetMetricData and ListMetrics return what PutMetricData stored", async () => {
    const metric = `Orders${protocol}`;
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    await cloudwatch(cli, [
      "put-metric-data",
      "--namespace",
      "EDA/Cli",
      "--metric-name",
      metric,
      "--dimensions",
      "Shop=eu",
      "--value",
      "4",
      "--timestamp",
      new Date(now).toISOString(),
    ]);
    const queries = JSON.stringify([
      {
        Id: "orders",
        MetricStat: {
          Metric: { Namespace: "EDA/Cli", MetricName: metric, Dimensions: [{ Name: "Shop", Value: "eu" }] },
          Period: 60,
          Stat: "Sum",
        },
      },
    ]);
    const data = await cloudwatch(cli, [
      "get-metric-data",
      "--metric-data-queries",
      queries,
      "--start-time",
      new Date(now - 60_000).toISOString(),
      "--end-time",
      new Date(now + 60_000).toISOString(),
    ]);
    expect(data.json).toMatchObject({
      MetricDataResults: [{ Id: "orders", Label: metric, Values: [4], StatusCode: "Complete" }],
    });
    const listed = await cloudwatch(cli, ["list-metrics", "--namespace", "EDA/Cli", "--metric-name", metric]);
    expect(listed.json).toMatchObject({
      Metrics: [{ Namespace: "EDA/Cli", MetricName: metric, Dimensions: [{ Name: "Shop", Value: "eu" }] }],
    });
  });

  it("DeleteAlarms of a missing alarm fails with ResourceNotFound", async () => {
    const run = await runCli(cli, [
      "--endpoint-url",
      emulator.url,
      "cloudwatch",
      "delete-alarms",
      "--alarm-names",
      "nope",
    ]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("(ResourceNotFound)");
  });
});
