import { KinesisClient, type _Record } from "@aws-sdk/client-kinesis";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";
import { deliver, type Delivery } from "../../producer/delivery.js";
import { SEND_MESSAGE_BATCH_LIMITS, queueEntrySize, sendMessageBatch } from "../../producer/queue.js";
import { DEFAULT_RETRY_POLICY } from "../../producer/retry.js";
import { PUT_RECORDS_LIMITS, putRecords, streamEntrySize } from "../../producer/stream.js";
import { PUBLISH_BATCH_LIMITS, publishBatch, topicEntrySize } from "../../producer/topic.js";
import type { ClientConfig } from "../connection.js";
import { emit, UserError, type CommandIo } from "../io.js";
import { queueUrl } from "../queues.js";
import { readStream } from "../stream-reader.js";

export interface ReplayOptions {
  readonly stream: string;
  readonly from: Date;
  readonly until?: Date;
  readonly toTopic?: string;
  readonly toQueue?: string;
  readonly toStream?: string;
  readonly json?: boolean;
}

type Send = (records: readonly _Record[]) => Promise<readonly Delivery<unknown>[]>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `eda replay --stream S --from TIME`: re-reads the stream's records that arrived from `--from` until `--until`
 * (default: when the replay started) and sends each record's data, in shard order, to one target: a topic
 * (as the message), a queue (as the body) or a stream (with its partition key).
 */
export async function replayCommand(
  options: ReplayOptions,
  client: ClientConfig,
  io: CommandIo,
): Promise<number> {
  const targets = [options.toTopic, options.toQueue, options.toStream].filter(
    (target) => target !== undefined,
  );
  if (targets.length !== 1)
    throw new UserError("give exactly one target: --to-topic, --to-queue or --to-stream.");
  const until = options.until ?? new Date();
  const kinesis = new KinesisClient(client);
  const target = await replayTarget(options, client, kinesis);
  const tally = { replayed: 0, failed: 0 };
  try {
    await readStream(kinesis, options.stream, {
      start: { at: "AT_TIMESTAMP", timestamp: options.from },
      follow: false,
      signal: io.signal,
      onRecords: async (_shardId, records) => {
        const due = records.filter((record) => (record.ApproximateArrivalTimestamp ?? until) <= until);
        for (const result of await target.send(due)) {
          tally[result.ok ? "replayed" : "failed"]++;
          if (!result.ok)
            emit(io, options.json === true, result, () => `failed: ${result.code}: ${result.message}`);
        }
        return due.length === records.length;
      },
    });
  } finally {
    target.close();
    kinesis.destroy();
  }
  emit(io, options.json === true, tally, () => `replayed ${tally.replayed} records, ${tally.failed} failed`);
  return tally.failed > 0 ? 1 : 0;
}

async function replayTarget(
  options: ReplayOptions,
  client: ClientConfig,
  kinesis: KinesisClient,
): Promise<{ send: Send; close: () => void }> {
  const plan = { retry: DEFAULT_RETRY_POLICY, sleep };
  const text = (record: _Record) => Buffer.from(record.Data ?? new Uint8Array()).toString("utf8");
  if (options.toTopic !== undefined) {
    const sns = new SNSClient(client);
    const send = publishBatch(sns, options.toTopic);
    return {
      send: (records) =>
        deliver(
          records.map((record) => ({ Id: "", Message: text(record) })),
          { ...plan, limits: PUBLISH_BATCH_LIMITS, sizeOf: topicEntrySize, send },
        ),
      close: () => sns.destroy(),
    };
  }
  if (options.toQueue !== undefined) {
    const sqs = new SQSClient(client);
    const send = sendMessageBatch(sqs, await queueUrl(sqs, options.toQueue));
    return {
      send: (records) =>
        deliver(
          records.map((record) => ({ Id: "", MessageBody: text(record) })),
          { ...plan, limits: SEND_MESSAGE_BATCH_LIMITS, sizeOf: queueEntrySize, send },
        ),
      close: () => sqs.destroy(),
    };
  }
  const send = putRecords(kinesis, options.toStream!);
  return {
    send: (records) =>
      deliver(
        records.map((record) => ({ Data: record.Data, PartitionKey: record.PartitionKey })),
        { ...plan, limits: PUT_RECORDS_LIMITS, sizeOf: streamEntrySize, send },
      ),
    close: () => {},
  };
}
