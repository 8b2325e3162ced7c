import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SQSClient,
  type Message,
} from "@aws-sdk/client-sqs";
import type { ClientConfig } from "../connection.js";
import { abortAfter, emit, type CommandIo } from "../io.js";
import { queueUrl } from "../queues.js";

export interface TailQueueOptions {
  readonly delete?: boolean;
  readonly max?: number;
  readonly json?: boolean;
  /** Stop after this many seconds (default: follow until Ctrl-C). */
  readonly timeout?: number;
}

/**
 * `eda tail queue <name>`: prints messages as they arrive, each once. SQS has no peek: a message shown counts
 * as a receive (so a DLQ's maxReceiveCount applies) and is invisible for the queue's visibility timeout, unless
 * `--delete` consumes it.
 */
export async function tailQueueCommand(
  name: string,
  options: TailQueueOptions,
  client: ClientConfig,
  io: CommandIo,
): Promise<number> {
  const sqs = new SQSClient(client);
  const deadline = options.timeout !== undefined ? Date.now() + options.timeout * 1000 : Infinity;
  const { signal: stop, dispose } = abortAfter(io.signal, options.timeout);
  const seen = new Set<string>();
  try {
    const url = await queueUrl(sqs, name);
    if (options.delete !== true)
      io.err(
        `tailing ${url} without deleting: each message shown counts as a receive (--delete consumes them)\n`,
      );
    while (!stop.aborted && seen.size < (options.max ?? Infinity)) {
      const wait = Math.max(0, Math.min(20, Math.floor((deadline - Date.now()) / 1000)));
      const received = await sqs
        .send(
          new ReceiveMessageCommand({
            QueueUrl: url,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: wait,
            MessageAttributeNames: ["All"],
            MessageSystemAttributeNames: ["All"],
          }),
          { abortSignal: stop },
        )
        .catch((error: unknown) => {
          if (stop.aborted) return { Messages: [] };
          throw error;
        });
      const fresh = (received.Messages ?? []).filter((message) => !seen.has(message.MessageId!));
      for (const message of fresh.slice(0, (options.max ?? Infinity) - seen.size)) {
        seen.add(message.MessageId!);
        emit(io, options.json === true, message, () => prettyMessage(message));
      }
      if (options.delete === true && fresh.length > 0)
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: url,
            Entries: fresh.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })),
          }),
        );
    }
    return 0;
  } finally {
    dispose();
    sqs.destroy();
  }
}

function prettyMessage(message: Message): string {
  const sent = Number(message.Attributes?.SentTimestamp ?? 0);
  const attributes = Object.entries(message.MessageAttributes ?? {})
    .map(([key, value]) => `${key}=${value.StringValue ?? "(binary)"}`)
    .join(" ");
  const receives = message.Attributes?.ApproximateReceiveCount ?? "?";
  return `${new Date(sent).toISOString()} ${message.MessageId} (receive ${receives})${attributes ? ` ${attributes}` : ""}\n  ${message.Body ?? ""}`;
}
