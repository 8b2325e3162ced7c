import type { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import type { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import type { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import type { StreamConsumer } from "./lambda.js";
import type { SubscribedQueue } from "./subscribed-queue.js";

/** What the stack built, as the alarm and output wiring (and users of the stack) see it. */
export interface StackResources {
  readonly topic: SnsTopic;
  readonly subscriptionDlq: SqsQueue;
  /** One fan-out branch (queue, DLQ, subscription) per configured queue, keyed by its short name. */
  readonly queues: ReadonlyMap<string, SubscribedQueue>;
  readonly stream: KinesisStream;
  /** The customer managed key (`customer-kms` only). */
  readonly key: KmsKey | undefined;
  /** The Kinesis-triggered function and what belongs to it (unless `lambda: false`). */
  readonly consumer: StreamConsumer | undefined;
}
