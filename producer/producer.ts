import { KinesisClient, type PutRecordsRequestEntry } from "@aws-sdk/client-kinesis";
import { SNSClient, type PublishBatchRequestEntry } from "@aws-sdk/client-sns";
import { CloudEventEnvelope } from "../lambda-src/envelope.js";
import { defaultPartitionKey, type ProducerConfig, type ProducerEvent } from "./config.js";
import { deliver, type Delivery } from "./delivery.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry.js";
import {
  PUT_RECORDS_LIMITS,
  putRecords,
  streamEntry,
  streamEntrySize,
  type StreamReceipt,
} from "./stream.js";
import {
  PUBLISH_BATCH_LIMITS,
  publishBatch,
  topicEntry,
  topicEntrySize,
  type TopicReceipt,
} from "./topic.js";

/** How one event fared: at the topic and on the stream (each absent when the producer has no such target). */
export interface PublishResult {
  readonly id: string;
  readonly topic?: Delivery<TopicReceipt>;
  readonly stream?: Delivery<StreamReceipt>;
}

export interface PublishOptions {
  /**
   * Check each event against the CloudEvents envelope the consumers read before sending it; an event that does
   * not fit fails at both targets with `InvalidEvent` and is not sent. Off only to send malformed events on
   * purpose (to watch the consumers' failure handling). @default true
   */
  readonly validate?: boolean;
}

/**
 * Publishes events to the stack's SNS topic and, in parallel, to its Kinesis stream, in batches (PublishBatch,
 * PutRecords), retrying throttled and service-side failures with jittered backoff. Every event gets a result;
 * nothing is thrown for a failed event.
 */
export class Producer {
  private readonly sns?: SNSClient;
  private readonly kinesis?: KinesisClient;
  private readonly retry: RetryPolicy;
  private readonly partitionKey: (event: ProducerEvent) => string;
  private readonly fifoTopic: boolean;

  constructor(
    private readonly config: ProducerConfig,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    if (config.topicArn === undefined && config.streamName === undefined)
      throw new Error(
        "A producer needs a topicArn, a streamName or both: take them from the stack's outputs.",
      );
    // The producer retries itself, per entry; the SDK's own retries would multiply its attempts.
    const clientConfig = {
      region: config.region,
      endpoint: config.endpoint,
      credentials: config.credentials,
      maxAttempts: 1,
    };
    if (config.topicArn !== undefined) this.sns = new SNSClient(clientConfig);
    if (config.streamName !== undefined) this.kinesis = new KinesisClient(clientConfig);
    this.retry = { ...DEFAULT_RETRY_POLICY, ...config.retry };
    this.partitionKey = config.partitionKey ?? defaultPartitionKey;
    this.fifoTopic = config.topicArn?.endsWith(".fifo") ?? false;
  }

  async publish(events: readonly ProducerEvent[], options: PublishOptions = {}): Promise<PublishResult[]> {
    const invalid = options.validate === false ? new Map<number, string>() : invalidEvents(events);
    const valid = events.flatMap((event, index) => (invalid.has(index) ? [] : [{ event, index }]));
    const [topic, stream] = await Promise.all([this.toTopic(valid), this.toStream(valid)]);
    const sent = new Map(valid.map(({ index }, position) => [index, position]));
    return events.map((event, index) => {
      const position = sent.get(index);
      if (position === undefined) {
        const failure = {
          ok: false,
          attempts: 0,
          code: "InvalidEvent",
          message: invalid.get(index)!,
        } as const;
        return {
          id: String(event.id),
          ...(this.sns ? { topic: failure } : {}),
          ...(this.kinesis ? { stream: failure } : {}),
        };
      }
      return {
        id: event.id,
        ...(topic ? { topic: topic[position] } : {}),
        ...(stream ? { stream: stream[position] } : {}),
      };
    });
  }

  close(): void {
    this.sns?.destroy();
    this.kinesis?.destroy();
  }

  private async toTopic(valid: readonly { event: ProducerEvent; index: number }[]) {
    if (!this.sns || this.config.topicArn === undefined) return undefined;
    const entries = valid.map(({ event }, i) =>
      topicEntry(event, i, this.fifoTopic, this.partitionKey(event)),
    );
    return deliver<PublishBatchRequestEntry, TopicReceipt>(entries, {
      limits: PUBLISH_BATCH_LIMITS,
      sizeOf: topicEntrySize,
      send: publishBatch(this.sns, this.config.topicArn),
      retry: this.retry,
      sleep: this.sleep,
    });
  }

  private async toStream(valid: readonly { event: ProducerEvent; index: number }[]) {
    if (!this.kinesis || this.config.streamName === undefined) return undefined;
    const entries = valid.map(({ event }) => streamEntry(event, this.partitionKey(event)));
    return deliver<PutRecordsRequestEntry, StreamReceipt>(entries, {
      limits: PUT_RECORDS_LIMITS,
      sizeOf: streamEntrySize,
      send: putRecords(this.kinesis, this.config.streamName),
      retry: this.retry,
      sleep: this.sleep,
    });
  }
}

/** Events that are not CloudEvents as the consumers read them, by index, with what is wrong. */
function invalidEvents(events: readonly ProducerEvent[]): Map<number, string> {
  const invalid = new Map<number, string>();
  events.forEach((event, index) => {
    const parsed = CloudEventEnvelope.safeParse(event);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      invalid.set(
        index,
        `Not a CloudEvents 1.0 event: ${issue.path.join(".") || "event"}: ${issue.message}.`,
      );
    }
  });
  return invalid;
}

/** Publishes `events` once with a producer made for the call. */
export async function publish(
  events: readonly ProducerEvent[],
  config: ProducerConfig,
  options?: PublishOptions,
): Promise<PublishResult[]> {
  const producer = new Producer(config);
  try {
    return await producer.publish(events, options);
  } finally {
    producer.close();
  }
}
