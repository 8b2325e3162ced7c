import {
  ChangeMessageVisibilityBatchCommand,
  ChangeMessageVisibilityCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from "@aws-sdk/client-sqs";

export interface SqsWorkerOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  /** Processes one message; resolving means done (the message is deleted), throwing means not done. */
  readonly handler: (message: Message) => Promise<void>;
  /** Messages processed at once. @default 10 */
  readonly concurrency?: number;
  /** Long-poll wait, in seconds (0–20). @default 20 */
  readonly waitTimeSeconds?: number;
  /**
   * How long a received message stays hidden, in seconds; the worker extends it while the handler runs, so
   * slow work is not handed to another consumer. @default the queue's VisibilityTimeout
   */
  readonly visibilityTimeoutSeconds?: number;
  /**
   * After a handler failure, when the message becomes visible again, in seconds. @default the visibility timeout
   * runs out as usual (so the queue's redrive policy counts the failure and dead-letters after maxReceiveCount)
   */
  readonly retryDelaySeconds?: number;
  /** Called for each failed message, and for errors of the worker's own calls. @default nothing */
  readonly onError?: (error: unknown, message?: Message) => void;
}

/** Deletes are sent in batches: when ten are waiting, or after this long. */
const DELETE_FLUSH_MS = 50;

/**
 * An SQS consumer as AWS recommends one: long polling, a bounded number of messages in progress, deletes in
 * batches, the visibility timeout extended while a message is processed (a heartbeat at half the timeout), and
 * a graceful stop that finishes what is in progress, deletes it, and hands back what was received but not
 * started.
 */
export class SqsWorker {
  private readonly concurrency: number;
  private readonly stopping = new AbortController();
  private running?: Promise<void>;
  private readonly inProgress = new Set<Promise<void>>();
  private readonly toDelete: Message[] = [];
  private flushTimer?: NodeJS.Timeout;
  private visibilitySeconds = 30;

  constructor(private readonly options: SqsWorkerOptions) {
    this.concurrency = options.concurrency ?? 10;
  }

  /** Starts polling; resolves once the first receive is under way. */
  async start(): Promise<void> {
    this.visibilitySeconds = this.options.visibilityTimeoutSeconds ?? (await this.queueVisibilityTimeout());
    this.running = this.poll();
  }

  /** Stops receiving, lets the messages in progress finish, deletes them, and returns unstarted ones. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
    await Promise.allSettled(this.inProgress);
    await this.flushDeletes();
  }

  private async poll(): Promise<void> {
    const { sqs, queueUrl } = this.options;
    while (!this.stopping.signal.aborted) {
      const free = this.concurrency - this.inProgress.size;
      if (free === 0) {
        await Promise.race(this.inProgress);
        continue;
      }
      let messages: Message[];
      try {
        const received = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: Math.min(10, free),
            WaitTimeSeconds: this.options.waitTimeSeconds ?? 20,
            VisibilityTimeout: this.visibilitySeconds,
            MessageAttributeNames: ["All"],
            MessageSystemAttributeNames: ["All"],
          }),
          { abortSignal: this.stopping.signal },
        );
        messages = received.Messages ?? [];
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        this.options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        continue;
      }
      if (this.stopping.signal.aborted) {
        await this.release(messages);
        return;
      }
      for (const message of messages) this.track(this.process(message));
    }
  }

  private track(work: Promise<void>): void {
    this.inProgress.add(work);
    void work.finally(() => this.inProgress.delete(work));
  }

  private async process(message: Message): Promise<void> {
    const heartbeat = setInterval(() => void this.extend(message), (this.visibilitySeconds * 1000) / 2);
    try {
      await this.options.handler(message);
      this.scheduleDelete(message);
    } catch (error) {
      this.options.onError?.(error, message);
      if (this.options.retryDelaySeconds !== undefined)
        await this.changeVisibility(message, this.options.retryDelaySeconds);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private extend(message: Message): Promise<void> {
    return this.changeVisibility(message, this.visibilitySeconds);
  }

  private async changeVisibility(message: Message, seconds: number): Promise<void> {
    try {
      await this.options.sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: this.options.queueUrl,
          ReceiptHandle: message.ReceiptHandle,
          VisibilityTimeout: seconds,
        }),
      );
    } catch (error) {
      this.options.onError?.(error, message);
    }
  }

  private scheduleDelete(message: Message): void {
    this.toDelete.push(message);
    if (this.toDelete.length >= 10) void this.flushDeletes();
    else this.flushTimer ??= setTimeout(() => void this.flushDeletes(), DELETE_FLUSH_MS);
  }

  private async flushDeletes(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    while (this.toDelete.length > 0) {
      const batch = this.toDelete.splice(0, 10);
      try {
        const reply = await this.options.sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: this.options.queueUrl,
            Entries: batch.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle })),
          }),
        );
        for (const failed of reply.Failed ?? [])
          this.options.onError?.(
            new Error(`delete failed: ${failed.Code}: ${failed.Message}`),
            batch[Number(failed.Id)],
          );
      } catch (error) {
        this.options.onError?.(error);
      }
    }
  }

  /** Hands received but unstarted messages back at once, rather than after their visibility timeout. */
  private async release(messages: readonly Message[]): Promise<void> {
    if (messages.length === 0) return;
    await this.options.sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: this.options.queueUrl,
        Entries: messages.map((message, i) => ({
          Id: String(i),
          ReceiptHandle: message.ReceiptHandle,
          VisibilityTimeout: 0,
        })),
      }),
    );
  }

  private async queueVisibilityTimeout(): Promise<number> {
    const { Attributes } = await this.options.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: this.options.queueUrl,
        AttributeNames: ["VisibilityTimeout"],
      }),
    );
    return Number(Attributes?.VisibilityTimeout ?? 30);
  }
}
