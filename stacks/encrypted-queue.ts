import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import { SqsQueuePolicy } from "@cdktf/provider-aws/lib/sqs-queue-policy/index.js";
import { Construct } from "constructs";
import { queueEncryption, type Encryption } from "./encryption.js";
import { denyInsecureTransport, policyJson, type PolicyStatement } from "./policy-document.js";

export interface EncryptedQueueProps {
  readonly name: string;
  readonly fifo: boolean;
  readonly encryption: Encryption;
  readonly messageRetentionSeconds: number;
  readonly visibilityTimeoutSeconds?: number;
  readonly maxMessageSizeBytes?: number;
  readonly receiveWaitTimeSeconds?: number;
  readonly preventDestroy: boolean;
  /** Statements added to the queue policy next to the TLS-only deny. */
  readonly allow?: (queueArn: string) => PolicyStatement[];
}

/** An encrypted queue whose policy denies non-TLS access and allows only what `allow` lists. */
export class EncryptedQueue extends Construct {
  readonly queue: SqsQueue;

  constructor(scope: Construct, id: string, props: EncryptedQueueProps) {
    super(scope, id);
    this.queue = new SqsQueue(this, "queue", {
      name: props.name,
      fifoQueue: props.fifo ? true : undefined,
      contentBasedDeduplication: props.fifo ? true : undefined,
      messageRetentionSeconds: props.messageRetentionSeconds,
      visibilityTimeoutSeconds: props.visibilityTimeoutSeconds,
      maxMessageSize: props.maxMessageSizeBytes,
      receiveWaitTimeSeconds: props.receiveWaitTimeSeconds,
      ...queueEncryption(props.encryption),
      lifecycle: { preventDestroy: props.preventDestroy },
    });
    new SqsQueuePolicy(this, "policy", {
      queueUrl: this.queue.url,
      policy: policyJson([
        ...(props.allow?.(this.queue.arn) ?? []),
        denyInsecureTransport("sqs:*", this.queue.arn),
      ]),
    });
  }
}

/** Lets only the given topic send to the queue. */
export function allowTopicToSend(topicArn: string) {
  return (queueArn: string): PolicyStatement[] => [
    {
      Sid: "AllowEventTopicOnly",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Action: "sqs:SendMessage",
      Resource: queueArn,
      Condition: { ArnEquals: { "aws:SourceArn": topicArn } },
    },
  ];
}
