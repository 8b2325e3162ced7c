import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function/index.js";
import { describe, expect, it } from "vitest";
import { addressOf, ref, resourcesOf, synthEnvironment } from "./synth.js";

const dev = synthEnvironment("dev");
const prod = synthEnvironment("prod");

function alarm(metricName: string, dimensions: Record<string, string>): Record<string, unknown> {
  const found = resourcesOf(dev, CloudwatchMetricAlarm.tfResourceType).filter(
    (a) => a.metric_name === metricName && JSON.stringify(a.dimensions) === JSON.stringify(dimensions),
  );
  if (found.length !== 1)
    throw new Error(`${found.length} alarms on ${metricName} ${JSON.stringify(dimensions)}`);
  return found[0];
}

const functionName = ref(addressOf(dev, LambdaFunction.tfResourceType), "function_name");
const streamName = ref(addressOf(dev, KinesisStream.tfResourceType), "name");

describe("alarms", () => {
  it("bind the function's errors, throttles and iterator age through its FunctionName", () => {
    expect(alarm("Errors", { FunctionName: functionName })).toMatchObject({
      namespace: "AWS/Lambda",
      statistic: "Sum",
      threshold: "${var.alarm_lambda_errors_threshold}",
    });
    expect(alarm("Throttles", { FunctionName: functionName })).toMatchObject({ namespace: "AWS/Lambda" });
    expect(alarm("IteratorAge", { FunctionName: functionName })).toMatchObject({
      statistic: "Maximum",
      threshold: "${var.alarm_iterator_age_ms}",
    });
  });

  it("bind the stream's iterator age and read/write throttling through its StreamName", () => {
    for (const metric of [
      "GetRecords.IteratorAgeMilliseconds",
      "ReadProvisionedThroughputExceeded",
      "WriteProvisionedThroughputExceeded",
    ]) {
      expect(alarm(metric, { StreamName: streamName })).toMatchObject({ namespace: "AWS/Kinesis" });
    }
  });

  it("watch every DLQ and the failure queue for any visible message", () => {
    const notEmpty = resourcesOf(dev, CloudwatchMetricAlarm.tfResourceType).filter(
      (a) => a.metric_name === "ApproximateNumberOfMessagesVisible",
    );
    expect(notEmpty).toHaveLength(4);
    for (const a of notEmpty) {
      expect(a).toMatchObject({
        comparison_operator: "GreaterThanThreshold",
        threshold: 0,
        namespace: "AWS/SQS",
      });
      expect((a.dimensions as Record<string, string>).QueueName).toMatch(
        /^\$\{aws_sqs_queue\.[^.]+\.name\}$/,
      );
    }
  });

  it("watch each subscribed queue's oldest message and the topic's failed notifications", () => {
    const oldest = resourcesOf(dev, CloudwatchMetricAlarm.tfResourceType).filter(
      (a) => a.metric_name === "ApproximateAgeOfOldestMessage",
    );
    expect(oldest).toHaveLength(2);
    const failed = resourcesOf(dev, CloudwatchMetricAlarm.tfResourceType).filter(
      (a) => a.metric_name === "NumberOfNotificationsFailed",
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]?.dimensions).toEqual({
      TopicName: expect.stringMatching(/^\$\{aws_sns_topic\.[^.]+\.name\}$/) as unknown,
    });
  });

  it("state how missing data is treated and share the period variable", () => {
    for (const a of resourcesOf(dev, CloudwatchMetricAlarm.tfResourceType)) {
      expect(a).toMatchObject({
        treat_missing_data: "${var.alarm_treat_missing_data}",
        period: "${var.alarm_period_seconds}",
        evaluation_periods: 1,
      });
    }
  });

  it("notify the created alarm topic and the optional extra topic on ALARM and OK", () => {
    const alarmTopic = Object.entries(prod.config.resource.aws_sns_topic ?? {}).find(
      ([, topic]) => topic.name === "${var.name_prefix}-alarms",
    );
    expect(alarmTopic).toBeDefined();
    const actions = `\${compact([aws_sns_topic.${alarmTopic?.[0]}.arn, var.alarm_topic_arn])}`;
    for (const a of resourcesOf(prod, CloudwatchMetricAlarm.tfResourceType)) {
      expect(a).toMatchObject({ alarm_actions: actions, ok_actions: actions });
    }
  });
});
