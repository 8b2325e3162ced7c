import type { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import type { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import type { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import type { StreamConsumer } from "./lambda.js";
import type { SubscribedQueue } from "./sqs.js";

/** One fan-out branch, keyed by the queue's short name. */
export interface FanOutBranch {
  readonly name: string;
  readonly resources: SubscribedQueue;
}

/** What the stack built, as the alarm and output wiring sees it. */
export interface StackResources {
  readonly topic: SnsTopic;
  readonly subscriptionDlq: SqsQueue;
  readonly branches: readonly FanOutBranch[];
  readonly stream: KinesisStream;
  readonly key: KmsKey | undefined;
  readonly consumer: StreamConsumer | undefined;
}
