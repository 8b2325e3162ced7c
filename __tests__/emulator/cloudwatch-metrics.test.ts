import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
} from "@aws-sdk/client-cloudwatch";
import {
  CreateQueueCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";

const MINUTE = 60_000;
const clock = new ManualClock(Date.UTC(2026, 0, 1));
let emulator: RunningEmulator;
let cloudwatch: CloudWatchClient;
let sqs: SQSClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  const config = {
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDMETRICSTEST", secretAccessKey: "secret" },
  };
  cloudwatch = new CloudWatchClient(config);
  sqs = new SQSClient(config);
});

afterAll(async () => {
  cloudwatch.destroy();
  sqs.destroy();
  await emulator.stop();
});

const at = (minutes: number): Date => new Date(Date.UTC(2026, 0, 1) + minutes * MINUTE);

describe("CloudWatch metrics via the AWS SDK", () => {
  it("GetMetricStatistics aggregates values, value lists and statistic sets per period, with percentiles", async () => {
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/Stats",
        MetricData: [
          { MetricName: "Latency", Timestamp: at(0), Value: 10, Unit: "Milliseconds" },
          {
            MetricName: "Latency",
            Timestamp: at(0.5),
            Values: [20, 30],
            Counts: [1, 2],
            Unit: "Milliseconds",
          },
          {
            MetricName: "Latency",
            Timestamp: at(1),
            StatisticValues: { SampleCount: 4, Sum: 8, Minimum: 1, Maximum: 3 },
            Unit: "Milliseconds",
          },
        ],
      }),
    );
    const { Datapoints } = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: "EDA/Stats",
        MetricName: "Latency",
        StartTime: at(0),
        EndTime: at(2),
        Period: 60,
        Statistics: ["SampleCount", "Sum", "Average", "Minimum", "Maximum"],
      }),
    );
    expect(Datapoints).toEqual([
      {
        Timestamp: at(0),
        SampleCount: 4,
        Sum: 90,
        Average: 22.5,
        Minimum: 10,
        Maximum: 30,
        Unit: "Milliseconds",
      },
      { Timestamp: at(1), SampleCount: 4, Sum: 8, Average: 2, Minimum: 1, Maximum: 3, Unit: "Milliseconds" },
    ]);
    const percentiles = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: "EDA/Stats",
        MetricName: "Latency",
        StartTime: at(0),
        EndTime: at(1),
        Period: 60,
        ExtendedStatistics: ["p50", "p99"],
      }),
    );
    expect(percentiles.Datapoints?.[0].ExtendedStatistics).toEqual({ p50: 20, p99: 30 });
  });

  it("GetMetricData returns each query's values newest first under its Id and Label", async () => {
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/Data",
        MetricData: [1, 2, 3].map((minute) => ({
          MetricName: "Orders",
          Dimensions: [{ Name: "Shop", Value: "eu" }],
          Timestamp: at(minute),
          Value: minute * 10,
        })),
      }),
    );
    const { MetricDataResults } = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: at(0),
        EndTime: at(5),
        MetricDataQueries: [
          {
            Id: "orders",
            MetricStat: {
              Metric: {
                Namespace: "EDA/Data",
                MetricName: "Orders",
                Dimensions: [{ Name: "Shop", Value: "eu" }],
              },
              Period: 60,
              Stat: "Sum",
            },
          },
        ],
      }),
    );
    expect(MetricDataResults).toEqual([
      {
        Id: "orders",
        Label: "Orders",
        Timestamps: [at(3), at(2), at(1)],
        Values: [30, 20, 10],
        StatusCode: "Complete",
      },
    ]);
  });

  it("GetMetricData evaluates a metric math expression over other queries", async () => {
    const stat = (name: string) => ({
      Metric: { Namespace: "EDA/Data", MetricName: name, Dimensions: [{ Name: "Shop", Value: "eu" }] },
      Period: 60,
      Stat: "Sum",
    });
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/Data",
        MetricData: [1, 2].flatMap((minute) => [
          {
            MetricName: "MathOrders",
            Dimensions: [{ Name: "Shop", Value: "eu" }],
            Timestamp: at(minute),
            Value: minute * 10,
          },
          {
            MetricName: "MathFailures",
            Dimensions: [{ Name: "Shop", Value: "eu" }],
            Timestamp: at(minute),
            Value: minute,
          },
        ]),
      }),
    );
    const { MetricDataResults } = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: at(0),
        EndTime: at(5),
        ScanBy: "TimestampAscending",
        MetricDataQueries: [
          { Id: "orders", MetricStat: stat("MathOrders"), ReturnData: false },
          { Id: "failures", MetricStat: stat("MathFailures"), ReturnData: false },
          { Id: "rate", Expression: "100 * failures / orders", Label: "Failure rate" },
        ],
      }),
    );
    expect(MetricDataResults).toEqual([
      {
        Id: "rate",
        Label: "Failure rate",
        Timestamps: [at(1), at(2)],
        Values: [10, 10],
        StatusCode: "Complete",
      },
    ]);
  });

  it("GetMetricData with an expression naming no query fails with a validation error", async () => {
    await expect(
      cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: at(0),
          EndTime: at(5),
          MetricDataQueries: [{ Id: "e1", Expression: "nothing * 2" }],
        }),
      ),
    ).rejects.toMatchObject({ Code: "ValidationError", message: "Query e1: No query has the Id nothing." });
  });

  it("ListMetrics filters by namespace and dimension", async () => {
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/List",
        MetricData: [
          { MetricName: "A", Dimensions: [{ Name: "Env", Value: "dev" }], Value: 1 },
          { MetricName: "B", Dimensions: [{ Name: "Env", Value: "prod" }], Value: 1 },
        ],
      }),
    );
    const { Metrics } = await cloudwatch.send(
      new ListMetricsCommand({ Namespace: "EDA/List", Dimensions: [{ Name: "Env", Value: "prod" }] }),
    );
    expect(Metrics).toEqual([
      { Namespace: "EDA/List", MetricName: "B", Dimensions: [{ Name: "Env", Value: "prod" }] },
    ]);
  });

  it("PutMetricData into an AWS/ namespace fails with InvalidParameterValue", async () => {
    await expect(
      cloudwatch.send(
        new PutMetricDataCommand({ Namespace: "AWS/SQS", MetricData: [{ MetricName: "X", Value: 1 }] }),
      ),
    ).rejects.toMatchObject({ Code: "InvalidParameterValue" });
  });

  it("the services' own metrics are stored: an alarm on SQS NumberOfMessagesSent goes to ALARM after a send", async () => {
    // The first CloudWatch call loads the service, which then listens to the other services' metrics.
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: "orders-sent",
        Namespace: "AWS/SQS",
        MetricName: "NumberOfMessagesSent",
        Dimensions: [{ Name: "QueueName", Value: "orders" }],
        Statistic: "Sum",
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 2,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
      }),
    );
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "orders" }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "one" }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "two" }));
    const sentAt = Math.floor(clock.now() / MINUTE) * MINUTE;
    clock.set(sentAt + MINUTE);
    const { MetricAlarms } = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ["orders-sent"] }),
    );
    expect(MetricAlarms?.[0].StateValue).toBe("ALARM");
    const { Datapoints } = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: "AWS/SQS",
        MetricName: "NumberOfMessagesSent",
        Dimensions: [{ Name: "QueueName", Value: "orders" }],
        StartTime: new Date(sentAt),
        EndTime: new Date(sentAt + MINUTE),
        Period: 60,
        Statistics: ["Sum"],
      }),
    );
    expect(Datapoints).toEqual([{ Timestamp: new Date(sentAt), Sum: 2, Unit: "Count" }]);
  });
});

describe("CloudWatch alarms on SQS queue depth", () => {
  it("an alarm on a DLQ's ApproximateNumberOfMessagesVisible goes to ALARM once a message is dead-lettered", async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: "orders-dlq" }));
    const dlqArn = "arn:aws:sqs:us-east-1:000000000000:orders-dlq";
    const source = await sqs.send(
      new CreateQueueCommand({
        QueueName: "orders-source",
        Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }) },
      }),
    );
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: "orders-dlq-not-empty",
        Namespace: "AWS/SQS",
        MetricName: "ApproximateNumberOfMessagesVisible",
        Dimensions: [{ Name: "QueueName", Value: "orders-dlq" }],
        Statistic: "Maximum",
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 0,
        ComparisonOperator: "GreaterThanThreshold",
        TreatMissingData: "notBreaching",
      }),
    );
    clock.set((Math.floor(clock.now() / MINUTE) + 1) * MINUTE);
    await sqs.send(new SendMessageCommand({ QueueUrl: source.QueueUrl, MessageBody: "poison" }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: source.QueueUrl, VisibilityTimeout: 1 }));
    clock.advance(2_000);
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl: source.QueueUrl }));
    expect(second.Messages ?? []).toEqual([]);
    clock.advance(MINUTE);
    const { MetricAlarms } = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ["orders-dlq-not-empty"] }),
    );
    expect(MetricAlarms?.[0].StateValue).toBe("ALARM");
  });
});
