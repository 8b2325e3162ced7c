import type { Alarms } from "./alarms.js";
import type { StackResources } from "./stack-resources.js";
import type { LambdaVariables, StackVariables } from "./variables.js";

/** Every alarm the stack needs, each bound to its resource through dimensions. */
export function watchStack(alarms: Alarms, built: StackResources, variables: StackVariables): void {
  alarms.add({
    id: "sns_notifications_failed",
    description: "SNS failed to deliver notifications from the event topic.",
    namespace: "AWS/SNS",
    metricName: "NumberOfNotificationsFailed",
    dimensions: { TopicName: built.topic.name },
    statistic: "Sum",
    comparison: "GreaterThanThreshold",
    threshold: variables.alarm.snsNotificationsFailed,
  });
  alarms.addQueueNotEmpty("subscription_dlq_not_empty", built.subscriptionDlq.name, "The subscription DLQ");
  for (const [name, resources] of built.queues) {
    alarms.addQueueNotEmpty(`${name}_dlq_not_empty`, resources.dlq.name, `The ${name} DLQ`);
    alarms.add({
      id: `${name}_oldest_message_age`,
      description: `The ${name} queue's oldest message is getting old: consumers are not keeping up.`,
      namespace: "AWS/SQS",
      metricName: "ApproximateAgeOfOldestMessage",
      dimensions: { QueueName: resources.queue.name },
      statistic: "Maximum",
      comparison: "GreaterThanOrEqualToThreshold",
      threshold: variables.alarm.queueOldestMessageAgeSeconds,
    });
  }
  watchStream(alarms, built.stream.name, variables);
  if (built.consumer && variables.lambda) {
    alarms.addQueueNotEmpty(
      "lambda_failures_not_empty",
      built.consumer.failureQueue.name,
      "The Lambda failure queue",
    );
    watchFunction(alarms, built.consumer.function.functionName, variables.lambda, variables);
  }
}

function watchStream(alarms: Alarms, streamName: string, variables: StackVariables): void {
  const dimensions = { StreamName: streamName };
  alarms.add({
    id: "stream_iterator_age",
    description:
      "Records wait too long in the stream: its readers fall behind (works with or without the Lambda).",
    namespace: "AWS/Kinesis",
    metricName: "GetRecords.IteratorAgeMilliseconds",
    dimensions,
    statistic: "Maximum",
    comparison: "GreaterThanOrEqualToThreshold",
    threshold: variables.alarm.iteratorAgeMs,
  });
  for (const direction of ["Read", "Write"] as const) {
    alarms.add({
      id: `stream_${direction.toLowerCase()}_throughput_exceeded`,
      description: `${direction} requests on the stream were throttled.`,
      namespace: "AWS/Kinesis",
      metricName: `${direction}ProvisionedThroughputExceeded`,
      dimensions,
      statistic: "Sum",
      comparison: "GreaterThanThreshold",
      threshold: 0,
    });
  }
}

function watchFunction(
  alarms: Alarms,
  functionName: string,
  lambda: LambdaVariables,
  variables: StackVariables,
): void {
  const dimensions = { FunctionName: functionName };
  alarms.add({
    id: "lambda_errors",
    description: "The consumer function failed invocations.",
    namespace: "AWS/Lambda",
    metricName: "Errors",
    dimensions,
    statistic: "Sum",
    comparison: "GreaterThanThreshold",
    threshold: lambda.errorsThreshold,
  });
  alarms.add({
    id: "lambda_throttles",
    description: "The consumer function was throttled.",
    namespace: "AWS/Lambda",
    metricName: "Throttles",
    dimensions,
    statistic: "Sum",
    comparison: "GreaterThanThreshold",
    threshold: lambda.throttlesThreshold,
  });
  alarms.add({
    id: "lambda_iterator_age",
    description: "The consumer falls behind the stream: a shard may be stuck on a failing record.",
    namespace: "AWS/Lambda",
    metricName: "IteratorAge",
    dimensions,
    statistic: "Maximum",
    comparison: "GreaterThanOrEqualToThreshold",
    threshold: variables.alarm.iteratorAgeMs,
  });
}
