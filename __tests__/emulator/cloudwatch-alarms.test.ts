import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  DisableAlarmActionsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  TagResourceCommand,
  type PutMetricAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ServicePrincipalCall, SnsInterface } from "../../emulator/core/interfaces.js";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";

interface Published {
  topicArn: string;
  message: Record<string, unknown>;
  subject: string | undefined;
  caller: ServicePrincipalCall;
}

const TOPIC = "arn:aws:sns:us-east-1:000000000000:alarms";
const MISSING_TOPIC = "arn:aws:sns:us-east-1:000000000000:gone";
const clock = new ManualClock(Date.UTC(2026, 0, 1));
const published: Published[] = [];
const sns: SnsInterface = {
  publish(topicArn, message, subject, caller) {
    if (topicArn === MISSING_TOPIC) {
      return { published: false, reason: "NotFound", detail: `Topic ${topicArn} does not exist.` };
    }
    published.push({ topicArn, message: JSON.parse(message) as Record<string, unknown>, subject, caller });
    return { published: true, messageId: `message-${published.length}` };
  },
};
let emulator: RunningEmulator;
let cloudwatch: CloudWatchClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, doubles: { sns }, log: () => {} });
  cloudwatch = new CloudWatchClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDALARMTEST", secretAccessKey: "secret" },
  });
});

afterAll(async () => {
  cloudwatch.destroy();
  await emulator.stop();
});

beforeEach(() => {
  published.length = 0;
});

let counter = 0;
function alarm(overrides: Partial<PutMetricAlarmCommandInput> = {}): PutMetricAlarmCommandInput {
  counter += 1;
  return {
    AlarmName: `alarm-${counter}`,
    Namespace: "EDA/Test",
    MetricName: `Errors${counter}`,
    Dimensions: [
      { Name: "Service", Value: "api" },
      { Name: "Stage", Value: "local" },
    ],
    Statistic: "Sum",
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: "GreaterThanOrEqualToThreshold",
    AlarmActions: [TOPIC],
    OKActions: [TOPIC],
    ...overrides,
  };
}

async function stateOf(name: string): Promise<string | undefined> {
  const { MetricAlarms } = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
  return MetricAlarms?.[0]?.StateValue;
}

/** Moves to the next whole minute and one more, so the minute holding `now` is a complete period. */
function completeCurrentMinute(): void {
  clock.set((Math.floor(clock.now() / 60_000) + 1) * 60_000);
}

describe("CloudWatch alarms via the AWS SDK (awsJson 1.0)", () => {
  it("DescribeAlarms reads back the configuration exactly as PutMetricAlarm set it, with AWS's defaults", async () => {
    const input = alarm({ Threshold: 80.5, AlarmDescription: "too many errors", DatapointsToAlarm: 1 });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    const { MetricAlarms } = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: [input.AlarmName as string] }),
    );
    expect(MetricAlarms).toHaveLength(1);
    expect(MetricAlarms?.[0]).toMatchObject({
      AlarmName: input.AlarmName,
      AlarmArn: `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${input.AlarmName}`,
      AlarmDescription: "too many errors",
      ActionsEnabled: true,
      AlarmActions: [TOPIC],
      OKActions: [TOPIC],
      InsufficientDataActions: [],
      StateValue: "INSUFFICIENT_DATA",
      StateReason: "Unchecked: Initial alarm creation",
      Dimensions: input.Dimensions,
      Threshold: 80.5,
      TreatMissingData: "missing",
      DatapointsToAlarm: 1,
      EvaluationPeriods: 1,
      Period: 60,
      Statistic: "Sum",
    });
    expect(MetricAlarms?.[0].AlarmConfigurationUpdatedTimestamp).toEqual(new Date(clock.now()));
  });

  it("an alarm goes to ALARM once a complete period breaches and notifies its SNS topic with AWS's message", async () => {
    const input = alarm();
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/Test",
        MetricData: [{ MetricName: input.MetricName, Dimensions: input.Dimensions, Value: 5, Unit: "Count" }],
      }),
    );
    completeCurrentMinute();
    expect(await stateOf(input.AlarmName as string)).toBe("ALARM");
    await vi.waitFor(() => expect(published).toHaveLength(1));
    const [notification] = published;
    expect(notification.topicArn).toBe(TOPIC);
    expect(notification.subject).toBe(`ALARM: "${input.AlarmName}" in US East (N. Virginia)`);
    expect(notification.caller).toEqual({
      servicePrincipal: "cloudwatch.amazonaws.com",
      sourceArn: `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${input.AlarmName}`,
      sourceAccount: "000000000000",
    });
    expect(notification.message).toMatchObject({
      AlarmName: input.AlarmName,
      AWSAccountId: "000000000000",
      NewStateValue: "ALARM",
      OldStateValue: "INSUFFICIENT_DATA",
      Region: "US East (N. Virginia)",
      Trigger: {
        MetricName: input.MetricName,
        Namespace: "EDA/Test",
        Statistic: "SUM",
        Dimensions: [
          { value: "api", name: "Service" },
          { value: "local", name: "Stage" },
        ],
        Period: 60,
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        TreatMissingData: "missing",
      },
    });
    expect(notification.message.NewStateReason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoint \[5\.0 \(.+\)\] was greater than or equal to the threshold \(1\.0\)/,
    );
  });

  it("a period below the threshold moves an alarm back to OK and runs its OK actions", async () => {
    const input = alarm({ TreatMissingData: "notBreaching" });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: input.AlarmName, StateValue: "ALARM", StateReason: "test" }),
    );
    await vi.waitFor(() => expect(published).toHaveLength(1));
    completeCurrentMinute();
    expect(await stateOf(input.AlarmName as string)).toBe("OK");
    await vi.waitFor(() => expect(published).toHaveLength(2));
    expect(published[1].message).toMatchObject({ NewStateValue: "OK", OldStateValue: "ALARM" });
  });

  it("with TreatMissingData breaching an alarm without datapoints goes to ALARM", async () => {
    const input = alarm({ TreatMissingData: "breaching", AlarmActions: [] });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    completeCurrentMinute();
    expect(await stateOf(input.AlarmName as string)).toBe("ALARM");
  });

  it("with TreatMissingData missing an alarm without datapoints stays INSUFFICIENT_DATA", async () => {
    const input = alarm();
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    completeCurrentMinute();
    expect(await stateOf(input.AlarmName as string)).toBe("INSUFFICIENT_DATA");
  });

  it("with TreatMissingData ignore an alarm without datapoints keeps its state", async () => {
    const input = alarm({ TreatMissingData: "ignore", AlarmActions: [], OKActions: [] });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: input.AlarmName, StateValue: "ALARM", StateReason: "x" }),
    );
    completeCurrentMinute();
    expect(await stateOf(input.AlarmName as string)).toBe("ALARM");
  });

  it("DatapointsToAlarm 2 of 3 needs two breaching periods, with 10-second high-resolution periods", async () => {
    const input = alarm({
      Period: 10,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      Statistic: "Maximum",
      Threshold: 10,
    });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    const put = (value: number) =>
      cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: "EDA/Test",
          MetricData: [
            {
              MetricName: input.MetricName,
              Dimensions: input.Dimensions,
              Value: value,
              StorageResolution: 1,
            },
          ],
        }),
      );
    clock.set((Math.floor(clock.now() / 10_000) + 1) * 10_000 + 1);
    await put(50);
    clock.advance(10_000);
    await put(1);
    clock.advance(10_000);
    expect(await stateOf(input.AlarmName as string)).toBe("OK");
    await put(20);
    clock.advance(10_000);
    expect(await stateOf(input.AlarmName as string)).toBe("ALARM");
  });

  it("LessThanThreshold with the Average statistic compares the period's average", async () => {
    const input = alarm({
      Statistic: "Average",
      ComparisonOperator: "LessThanThreshold",
      Threshold: 5,
      AlarmActions: [],
      OKActions: [],
    });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/Test",
        MetricData: [
          { MetricName: input.MetricName, Dimensions: input.Dimensions, Values: [2, 4], Counts: [1, 1] },
        ],
      }),
    );
    completeCurrentMinute();
    expect(await stateOf(input.AlarmName as string)).toBe("ALARM");
  });

  it("a metric math alarm evaluates the expression it returns", async () => {
    const metric = (MetricName: string) => ({
      Metric: { Namespace: "EDA/Math", MetricName },
      Period: 60,
      Stat: "Sum",
    });
    const name = `math-${++counter}`;
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: name,
        EvaluationPeriods: 1,
        Threshold: 5,
        ComparisonOperator: "GreaterThanThreshold",
        Metrics: [
          { Id: "errors", MetricStat: metric("Errors"), ReturnData: false },
          { Id: "requests", MetricStat: metric("Requests"), ReturnData: false },
          { Id: "rate", Expression: "100 * errors / requests", Label: "Error rate", ReturnData: true },
        ],
      }),
    );
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/Math",
        MetricData: [
          { MetricName: "Errors", Value: 3 },
          { MetricName: "Requests", Value: 20 },
        ],
      }),
    );
    completeCurrentMinute();
    expect(await stateOf(name)).toBe("ALARM");
    const { MetricAlarms } = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
    expect(MetricAlarms?.[0].Metrics?.map((q) => q.Id)).toEqual(["errors", "requests", "rate"]);
  });

  it("DisableAlarmActions stops notifications while the state still changes", async () => {
    const input = alarm();
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(new DisableAlarmActionsCommand({ AlarmNames: [input.AlarmName as string] }));
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: input.AlarmName, StateValue: "ALARM", StateReason: "x" }),
    );
    expect(await stateOf(input.AlarmName as string)).toBe("ALARM");
    const { MetricAlarms } = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: [input.AlarmName as string] }),
    );
    expect(MetricAlarms?.[0].ActionsEnabled).toBe(false);
    expect(published).toEqual([]);
  });

  it("DescribeAlarmHistory records creation, the state change and the action, newest first", async () => {
    const input = alarm();
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: input.AlarmName, StateValue: "ALARM", StateReason: "manual" }),
    );
    await vi.waitFor(async () => {
      const { AlarmHistoryItems } = await cloudwatch.send(
        new DescribeAlarmHistoryCommand({ AlarmName: input.AlarmName }),
      );
      expect(AlarmHistoryItems?.map((item) => [item.HistoryItemType, item.HistorySummary])).toEqual([
        ["Action", `Successfully executed action ${TOPIC}`],
        ["StateUpdate", "Alarm updated from INSUFFICIENT_DATA to ALARM"],
        ["ConfigurationUpdate", `Alarm "${input.AlarmName}" created`],
      ]);
    });
  });

  it("a publish SNS refuses is recorded in the history as a failed action", async () => {
    const input = alarm({ AlarmActions: [MISSING_TOPIC] });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: input.AlarmName, StateValue: "ALARM", StateReason: "manual" }),
    );
    await vi.waitFor(async () => {
      const { AlarmHistoryItems } = await cloudwatch.send(
        new DescribeAlarmHistoryCommand({ AlarmName: input.AlarmName, HistoryItemType: "Action" }),
      );
      expect(AlarmHistoryItems?.map((item) => item.HistorySummary)).toEqual([
        `Failed to execute action ${MISSING_TOPIC}. Received error: "Topic ${MISSING_TOPIC} does not exist."`,
      ]);
    });
  });

  it("DescribeAlarmsForMetric finds an alarm by its metric whatever the order of the dimensions", async () => {
    const input = alarm();
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    const { MetricAlarms } = await cloudwatch.send(
      new DescribeAlarmsForMetricCommand({
        Namespace: "EDA/Test",
        MetricName: input.MetricName,
        Dimensions: [...(input.Dimensions ?? [])].reverse(),
      }),
    );
    expect(MetricAlarms?.map((a) => a.AlarmName)).toEqual([input.AlarmName]);
  });

  it("tags set by PutMetricAlarm and TagResource read back through ListTagsForResource", async () => {
    const input = alarm({ Tags: [{ Key: "env", Value: "local" }] });
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    const arn = `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${input.AlarmName}`;
    await cloudwatch.send(
      new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: "team", Value: "eda" }] }),
    );
    const { Tags } = await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: arn }));
    expect(Tags).toEqual([
      { Key: "env", Value: "local" },
      { Key: "team", Value: "eda" },
    ]);
  });

  it("DeleteAlarms removes the alarm and a second delete fails with ResourceNotFound", async () => {
    const input = alarm();
    await cloudwatch.send(new PutMetricAlarmCommand(input));
    await cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: [input.AlarmName as string] }));
    expect(await stateOf(input.AlarmName as string)).toBeUndefined();
    await expect(
      cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: [input.AlarmName as string] })),
    ).rejects.toMatchObject({
      name: "ResourceNotFound",
      $metadata: { httpStatusCode: 404 },
    });
  });

  it("PutMetricAlarm with a 45-second period fails with a validation error", async () => {
    await expect(cloudwatch.send(new PutMetricAlarmCommand(alarm({ Period: 45 })))).rejects.toMatchObject({
      Code: "ValidationError",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("PutMetricAlarm with an evaluation range over seven days fails with a validation error", async () => {
    await expect(
      cloudwatch.send(new PutMetricAlarmCommand(alarm({ Period: 3600, EvaluationPeriods: 169 }))),
    ).rejects.toMatchObject({ Code: "ValidationError" });
  });

  it("PutMetricAlarm with both Statistic and ExtendedStatistic fails with InvalidParameterCombination", async () => {
    await expect(
      cloudwatch.send(new PutMetricAlarmCommand(alarm({ ExtendedStatistic: "p99" }))),
    ).rejects.toMatchObject({
      name: "InvalidParameterCombinationException",
      Code: "InvalidParameterCombination",
    });
  });
});
