import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { publisherPolicy, queueConsumerPolicy } from "./access-policies.js";
import type { Alarms } from "./alarms.js";
import type { StackResources } from "./stack-resources.js";
import type { SubscribedQueue } from "./subscribed-queue.js";

/** Every ARN, URL and name a user needs, with plain names (`terraform output topic_arn`). */
export class StackOutputs extends Construct {
  constructor(scope: Construct, id: string, built: StackResources, alarms: Alarms) {
    super(scope, id);
    const { topic, subscriptionDlq, stream, key, consumer } = built;
    const perQueue = (value: (branch: SubscribedQueue) => string) =>
      Object.fromEntries([...built.queues].map(([name, branch]) => [name, value(branch)]));

    this.add("topic_arn", "ARN of the event topic.", topic.arn);
    this.add("topic_name", "Name of the event topic.", topic.name);
    this.add(
      "queue_urls",
      "URL of each subscribed queue, by queue name (the short name in the props, such as orders).",
      perQueue((q) => q.queue.url),
    );
    this.add(
      "queue_arns",
      "ARN of each subscribed queue, by queue name.",
      perQueue((q) => q.queue.arn),
    );
    this.add(
      "queue_names",
      "AWS name of each subscribed queue, by queue name.",
      perQueue((q) => q.queue.name),
    );
    this.add(
      "dlq_urls",
      "URL of each queue's DLQ, by queue name.",
      perQueue((q) => q.dlq.url),
    );
    this.add(
      "dlq_arns",
      "ARN of each queue's DLQ, by queue name.",
      perQueue((q) => q.dlq.arn),
    );
    this.add(
      "subscription_arns",
      "ARN of each SNS subscription, by queue name.",
      perQueue((q) => q.subscription.arn),
    );
    this.add(
      "subscription_dlq_url",
      "URL of the queue that receives what SNS cannot deliver.",
      subscriptionDlq.url,
    );
    this.add("subscription_dlq_arn", "ARN of the subscription DLQ.", subscriptionDlq.arn);
    this.add("stream_arn", "ARN of the event stream.", stream.arn);
    this.add("stream_name", "Name of the event stream.", stream.name);
    this.add(
      "publisher_policy_json",
      "IAM policy for producers: sns:Publish on the topic; kinesis:PutRecord, PutRecords, DescribeStreamSummary and ListShards on the stream; the stack's key when there is one.",
      publisherPolicy(topic.arn, stream.arn, key?.arn),
    );
    this.add(
      "queue_consumer_policy_json",
      "IAM policy for the consumer of each queue (receive, delete, change visibility, attributes; kms:Decrypt with a customer key), by queue name.",
      perQueue((q) => queueConsumerPolicy(q.queue.arn, key?.arn)),
    );
    this.add(
      "alarm_arns",
      "ARN of every alarm.",
      alarms.alarms.map((alarm) => alarm.arn),
    );
    if (key) this.add("kms_key_arn", "ARN of the stack's KMS key.", key.arn);
    if (alarms.topic) this.add("alarm_topic_arn", "ARN of the alarm notification topic.", alarms.topic.arn);
    if (consumer) {
      this.add("function_name", "Name of the consumer function.", consumer.function.functionName);
      this.add("function_arn", "ARN of the consumer function.", consumer.function.arn);
      this.add("function_role_arn", "ARN of the consumer's execution role.", consumer.role.arn);
      this.add("function_log_group_name", "Log group of the consumer.", consumer.logGroup.name);
      this.add("event_source_mapping_uuid", "UUID of the stream-to-function mapping.", consumer.mapping.uuid);
      this.add(
        "failure_queue_url",
        "URL of the queue that receives batches the function gave up on.",
        consumer.failureQueue.url,
      );
      this.add("failure_queue_arn", "ARN of the function's failure queue.", consumer.failureQueue.arn);
    }
  }

  private add(name: string, description: string, value: unknown): void {
    new TerraformOutput(this, name, { description, value }).overrideLogicalId(name);
  }
}
