import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition/index.js";
import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { publisherPolicy, queueConsumerPolicy } from "./access-policies.js";
import { Alarms } from "./alarms.js";
import type { BackendProps, EventDrivenStackProps } from "./config.js";
import type { Encryption } from "./encryption.js";
import { EventStream } from "./kinesis.js";
import { EncryptionKey } from "./kms.js";
import { StreamConsumer } from "./lambda.js";
import { resourceNames } from "./names.js";
import { StackOutputs } from "./outputs.js";
import { Provider } from "./provider.js";
import { EncryptedQueue, allowTopicToSend } from "./queue.js";
import { resolveConfig, type ResolvedConfig } from "./resolve-config.js";
import { EventTopic } from "./sns.js";
import { SubscribedQueue } from "./sqs.js";
import { validateConfig } from "./validate-config.js";
import { StackVariables } from "./variables.js";

export const TERRAFORM_REQUIRED_VERSION = ">= 1.9.0, < 2.0.0";
export const AWS_PROVIDER_VERSION = "5.100.0";

/**
 * SNS topic fanned out to SQS queues, a Kinesis stream and an optional Kinesis-triggered Lambda, with
 * alarms and least-privilege policies. Props are validated before anything is built.
 */
export class EventDrivenStack extends TerraformStack {
  readonly config: ResolvedConfig;

  constructor(scope: Construct, id: string, props: EventDrivenStackProps) {
    super(scope, id);
    const config = resolveConfig(props);
    validateConfig(config);
    this.config = config;
    this.configureTerraform(config.backend, config.environment);

    const variables = new StackVariables(this, "variables", config);
    new Provider(this, "provider", {
      region: variables.region,
      allowedAccountIds: config.allowedAccountIds,
      tags: {
        Project: "cloud-native-event-driven",
        Environment: config.environment,
        ManagedBy: "cdktf",
        ...config.tags,
      },
      emulatorEndpoint: config.emulatorEndpoint,
    });
    // Derived from the provider's Region without calling AWS, so offline plans can use it.
    const partition = new DataAwsPartition(this, "partition").partition;
    const names = resourceNames(variables.namePrefix, config);
    const { accountId, region } = variables;
    const topicArn = `arn:${partition}:sns:${region}:${accountId}:${names.topic}`;

    const key =
      config.encryption === "customer-kms"
        ? new EncryptionKey(this, "kms", {
            alias: names.keyAlias,
            partition,
            accountId,
            topicArn,
            allowCloudWatchAlarms: config.alarms.createTopic,
            preventDestroy: config.preventDestroy,
          }).key
        : undefined;
    const encryption: Encryption = { mode: config.encryption, keyArn: key?.arn };

    const topic = new EventTopic(this, "sns", {
      name: names.topic,
      fifo: config.fifo,
      encryption,
      partition,
      accountId,
    }).topic;

    const subscriptionDlq = new EncryptedQueue(this, "subscription_dlq", {
      name: names.subscriptionDlq,
      fifo: config.fifo,
      encryption,
      messageRetentionSeconds: variables.queue.dlqMessageRetentionSeconds,
      preventDestroy: config.preventDestroy,
      allow: allowTopicToSend(topic.arn),
    }).queue;

    const queues = config.queues.map((queue) => {
      const queueNames = names.queues.get(queue.name);
      if (!queueNames) throw new Error(`No names derived for queue ${queue.name}`);
      return {
        name: queue.name,
        resources: new SubscribedQueue(this, `sqs_${queue.name}`, {
          queue,
          names: queueNames,
          topicArn: topic.arn,
          subscriptionDlqArn: subscriptionDlq.arn,
          encryption,
          variables: variables.queue,
          preventDestroy: config.preventDestroy,
        }),
      };
    });

    const stream = new EventStream(this, "kinesis", {
      name: names.stream,
      encryption,
      variables: variables.stream,
      preventDestroy: config.preventDestroy,
    }).stream;

    const consumer =
      config.lambda && variables.lambda
        ? new StreamConsumer(this, "lambda", {
            functionName: names.function,
            roleName: names.role,
            failureQueueName: names.failureQueue,
            streamArn: stream.arn,
            encryption,
            settings: config.lambda,
            variables: variables.lambda,
            metricsNamespace: `EventDriven/${config.environment}`,
            preventDestroy: config.preventDestroy,
          })
        : undefined;

    const alarms = new Alarms(this, "alarms", {
      namePrefix: variables.namePrefix,
      alarmTopicName: names.alarmTopic,
      createTopic: config.alarms.createTopic,
      encryption,
      variables: variables.alarm,
    });
    alarms.add({
      id: "sns_notifications_failed",
      description: "SNS failed to deliver notifications from the event topic.",
      namespace: "AWS/SNS",
      metricName: "NumberOfNotificationsFailed",
      dimensions: { TopicName: topic.name },
      statistic: "Sum",
      comparison: "GreaterThanThreshold",
      threshold: variables.alarm.snsNotificationsFailed,
    });
    alarms.addQueueNotEmpty("subscription_dlq_not_empty", subscriptionDlq.name, "The subscription DLQ");
    for (const { name, resources } of queues) {
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
    this.addStreamAlarms(alarms, stream.name, variables);
    if (consumer && variables.lambda) {
      alarms.addQueueNotEmpty(
        "lambda_failures_not_empty",
        consumer.failureQueue.name,
        "The Lambda failure queue",
      );
      this.addFunctionAlarms(alarms, consumer.function.functionName, variables);
    }

    const outputs = new StackOutputs(this, "outputs");
    const perQueue = (value: (resources: SubscribedQueue) => string) =>
      Object.fromEntries(queues.map(({ name, resources }) => [name, value(resources)]));
    outputs.add("topic_arn", { description: "ARN of the event topic.", value: topic.arn });
    outputs.add("topic_name", { description: "Name of the event topic.", value: topic.name });
    outputs.add("queue_urls", {
      description: "URL of each subscribed queue, by queue name.",
      value: perQueue((q) => q.queue.url),
    });
    outputs.add("queue_arns", {
      description: "ARN of each subscribed queue, by queue name.",
      value: perQueue((q) => q.queue.arn),
    });
    outputs.add("queue_names", {
      description: "AWS name of each subscribed queue, by queue name.",
      value: perQueue((q) => q.queue.name),
    });
    outputs.add("dlq_urls", {
      description: "URL of each queue's DLQ, by queue name.",
      value: perQueue((q) => q.dlq.url),
    });
    outputs.add("dlq_arns", {
      description: "ARN of each queue's DLQ, by queue name.",
      value: perQueue((q) => q.dlq.arn),
    });
    outputs.add("subscription_arns", {
      description: "ARN of each SNS subscription, by queue name.",
      value: perQueue((q) => q.subscription.arn),
    });
    outputs.add("subscription_dlq_url", {
      description: "URL of the queue that receives what SNS cannot deliver.",
      value: subscriptionDlq.url,
    });
    outputs.add("subscription_dlq_arn", {
      description: "ARN of the subscription DLQ.",
      value: subscriptionDlq.arn,
    });
    outputs.add("stream_arn", { description: "ARN of the event stream.", value: stream.arn });
    outputs.add("stream_name", { description: "Name of the event stream.", value: stream.name });
    outputs.add("publisher_policy_json", {
      description: "IAM policy for producers: publish to the topic and put records on the stream.",
      value: publisherPolicy(topic.arn, stream.arn, key?.arn),
    });
    outputs.add("queue_consumer_policy_json", {
      description: "IAM policy for the consumer of each queue, by queue name.",
      value: perQueue((q) => queueConsumerPolicy(q.queue.arn, key?.arn)),
    });
    outputs.add("alarm_arns", {
      description: "ARN of every alarm.",
      value: alarms.alarms.map((alarm) => alarm.arn),
    });
    if (key) outputs.add("kms_key_arn", { description: "ARN of the stack's KMS key.", value: key.arn });
    if (alarms.topic)
      outputs.add("alarm_topic_arn", {
        description: "ARN of the alarm notification topic.",
        value: alarms.topic.arn,
      });
    if (consumer) {
      outputs.add("function_name", {
        description: "Name of the consumer function.",
        value: consumer.function.functionName,
      });
      outputs.add("function_arn", {
        description: "ARN of the consumer function.",
        value: consumer.function.arn,
      });
      outputs.add("function_role_arn", {
        description: "ARN of the consumer's execution role.",
        value: consumer.role.arn,
      });
      outputs.add("function_log_group_name", {
        description: "Log group of the consumer.",
        value: consumer.logGroup.name,
      });
      outputs.add("event_source_mapping_uuid", {
        description: "UUID of the stream-to-function mapping.",
        value: consumer.mapping.uuid,
      });
      outputs.add("failure_queue_url", {
        description: "URL of the queue that receives batches the function gave up on.",
        value: consumer.failureQueue.url,
      });
      outputs.add("failure_queue_arn", {
        description: "ARN of the function's failure queue.",
        value: consumer.failureQueue.arn,
      });
    }
  }

  private configureTerraform(backend: BackendProps, environment: string): void {
    this.addOverride("terraform.required_version", TERRAFORM_REQUIRED_VERSION);
    this.addOverride("terraform.required_providers.aws", {
      source: "hashicorp/aws",
      version: AWS_PROVIDER_VERSION,
    });
    if (backend.kind === "s3") {
      const s3 = new S3Backend(this, {
        bucket: backend.bucket,
        key: backend.key,
        region: backend.region,
        encrypt: true,
      });
      // S3-native locking (Terraform >= 1.10); cdktf 0.21's S3Backend predates the option.
      s3.addOverride("use_lockfile", true);
    } else {
      new LocalBackend(this, { path: `terraform.${environment}.tfstate` });
    }
  }

  private addStreamAlarms(alarms: Alarms, streamName: string, variables: StackVariables): void {
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

  private addFunctionAlarms(alarms: Alarms, functionName: string, variables: StackVariables): void {
    const lambda = variables.lambda;
    if (!lambda) return;
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
}
