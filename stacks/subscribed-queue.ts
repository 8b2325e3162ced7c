import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription/index.js";
import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import { SqsQueueRedriveAllowPolicy } from "@cdktf/provider-aws/lib/sqs-queue-redrive-allow-policy/index.js";
import { SqsQueueRedrivePolicy } from "@cdktf/provider-aws/lib/sqs-queue-redrive-policy/index.js";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { Encryption } from "./encryption.js";
import type { QueueNames } from "./names.js";
import { EncryptedQueue, allowTopicToSend } from "./encrypted-queue.js";
import type { ResolvedQueue } from "./resolve-config.js";
import type { StackVariables } from "./variables.js";

export interface SubscribedQueueProps {
  readonly queue: ResolvedQueue;
  readonly names: QueueNames;
  readonly topicArn: string;
  /** Where SNS puts what it cannot deliver to this queue. */
  readonly subscriptionDlqArn: string;
  readonly encryption: Encryption;
  readonly variables: StackVariables["queue"];
  readonly preventDestroy: boolean;
}

/** One fan-out branch: a queue subscribed to the topic, with its own DLQ and redrive. */
export class SubscribedQueue extends Construct {
  readonly queue: SqsQueue;
  readonly dlq: SqsQueue;
  readonly subscription: SnsTopicSubscription;

  constructor(scope: Construct, id: string, props: SubscribedQueueProps) {
    super(scope, id);
    const { queue: settings, variables } = props;
    this.queue = new EncryptedQueue(this, "main", {
      name: props.names.queue,
      fifo: settings.fifo,
      encryption: props.encryption,
      messageRetentionSeconds: variables.messageRetentionSeconds,
      visibilityTimeoutSeconds: variables.visibilityTimeoutSeconds,
      maxMessageSizeBytes: variables.maxMessageSizeBytes,
      receiveWaitTimeSeconds: variables.receiveWaitTimeSeconds,
      preventDestroy: props.preventDestroy,
      allow: allowTopicToSend(props.topicArn),
    }).queue;
    this.dlq = new EncryptedQueue(this, "dlq", {
      name: props.names.dlq,
      fifo: settings.fifo,
      encryption: props.encryption,
      messageRetentionSeconds: variables.dlqMessageRetentionSeconds,
      preventDestroy: props.preventDestroy,
    }).queue;

    // Separate redrive resources avoid the queue <-> DLQ reference cycle.
    new SqsQueueRedrivePolicy(this, "redrive", {
      queueUrl: this.queue.url,
      // jsonencode keeps maxReceiveCount a JSON number; a number token inside JSON.stringify would not resolve.
      redrivePolicy: Fn.jsonencode({
        deadLetterTargetArn: this.dlq.arn,
        maxReceiveCount: variables.maxReceiveCount,
      }),
    });
    new SqsQueueRedriveAllowPolicy(this, "redrive_allow", {
      queueUrl: this.dlq.url,
      redriveAllowPolicy: JSON.stringify({
        redrivePermission: "byQueue",
        sourceQueueArns: [this.queue.arn],
      }),
    });

    this.subscription = new SnsTopicSubscription(this, "subscription", {
      topicArn: props.topicArn,
      protocol: "sqs",
      endpoint: this.queue.arn,
      rawMessageDelivery: settings.rawMessageDelivery,
      filterPolicy: settings.filterPolicy ? JSON.stringify(settings.filterPolicy) : undefined,
      filterPolicyScope: settings.filterPolicy ? settings.filterPolicyScope : undefined,
      redrivePolicy: JSON.stringify({ deadLetterTargetArn: props.subscriptionDlqArn }),
    });
  }
}
