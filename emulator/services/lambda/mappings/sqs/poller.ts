import type { Timer } from "../../../../core/clock.js";
import type { SqsInterface, SqsReaderCall, SqsReceivedMessage } from "../../../../core/interfaces.js";
import type { MappingInvokeResult, MappingSettings, PollerHost, SourcePoller } from "../poller.js";
import { batchVerdict } from "./batchResponse.js";
import { eventDocument, eventRecord, type SqsEventRecord } from "./event.js";
import { recordFilter, type RecordFilter } from "./filter.js";

/** SQS returns at most ten messages per receive; larger batches gather several within the batching window. */
const RECEIVE_LIMIT = 10;
/** A synchronous invocation's payload limit: a gathered batch stops short of it. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
/**
 * Concurrent batches without ScalingConfig.MaximumConcurrency. AWS starts five pollers and adds more as the
 * queue backs up; here five stay, which keeps two shared cores responsive while a deep queue drains.
 */
export const DEFAULT_CONCURRENCY = 5;
/** After the source cannot be read or the function not invoked: first and longest wait before trying again. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
/** While SQS or Lambda is still loading. */
const NOT_READY_RETRY_MS = 50;

/** Messages received and waiting for their batch to fill or its window to pass. */
interface Gathering {
  readonly records: SqsEventRecord[];
  bytes: number;
  readonly window: Timer;
}

/**
 * One enabled mapping's poller for a queue: receives as soon as messages become visible (the queue wakes it),
 * batches them (BatchSize, MaximumBatchingWindowInSeconds), deletes those its filter criteria reject, invokes
 * the function with up to MaximumConcurrency batches at once, deletes what was processed and leaves the rest to
 * reappear after the queue's visibility timeout (the queue's redrive policy takes them from there).
 */
export class SqsPoller implements SourcePoller {
  private settings: MappingSettings;
  private filter: RecordFilter;
  private reader: SqsReaderCall | undefined;
  /** SQS as the core offers it, once resolved (before the first receive). */
  private sqs!: SqsInterface;
  private stopWatching: (() => void) | undefined;
  private stopped = false;
  private pumping = false;
  /** A wake arrived while pumping: pump once more. */
  private again = false;
  /** Batches being gathered or invoked. */
  private active = 0;
  private gathering: Gathering | undefined;
  private readonly running = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private backoffMs = 0;
  private retry: Timer | undefined;

  constructor(
    settings: MappingSettings,
    private readonly host: PollerHost,
  ) {
    this.settings = settings;
    this.filter = recordFilter(settings.config.FilterCriteria);
    this.wake();
  }

  update(settings: MappingSettings): void {
    const moved = settings.config.EventSourceArn !== this.settings.config.EventSourceArn;
    this.settings = settings;
    this.filter = recordFilter(settings.config.FilterCriteria);
    this.reader = undefined;
    if (moved && this.stopWatching) {
      this.stopWatching();
      this.stopWatching = this.watch();
    }
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopWatching?.();
    this.retry?.cancel();
    const gathered = this.gathering;
    this.gathering = undefined;
    if (gathered && this.reader) {
      gathered.window.cancel();
      this.release(this.reader, gathered.records);
    }
    this.abort.abort();
    await Promise.all(this.running);
  }

  private get queueArn(): string {
    return this.settings.config.EventSourceArn;
  }

  private watch(): () => void {
    return this.sqs.watch(this.queueArn, () => this.wake());
  }

  private get concurrency(): number {
    return this.settings.config.ScalingConfig?.MaximumConcurrency ?? DEFAULT_CONCURRENCY;
  }

  private get batchSize(): number {
    return this.settings.config.BatchSize ?? RECEIVE_LIMIT;
  }

  private get windowMs(): number {
    return (this.settings.config.MaximumBatchingWindowInSeconds ?? 0) * 1000;
  }

  /** Receives and dispatches until the slots are full or the queue has nothing visible. */
  private wake(): void {
    if (this.stopped || this.retry !== undefined) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    if (this.reader) return this.pumpWhileWoken(this.reader);
    this.pumping = true;
    this.identify().then(
      (reader) => {
        this.pumping = false;
        if (reader) this.pumpWhileWoken(reader);
      },
      (error: unknown) => {
        this.pumping = false;
        this.host.log(`lambda: SQS poller ${this.uuid}: ${String(error)}`);
      },
    );
  }

  private pumpWhileWoken(reader: SqsReaderCall): void {
    this.pumping = true;
    try {
      do {
        this.again = false;
        this.pump(reader);
      } while (this.again && !this.stopped && this.retry === undefined);
    } finally {
      this.pumping = false;
    }
  }

  private get uuid(): string {
    return this.settings.config.UUID;
  }

  /**
   * Resolves SQS (and starts watching the queue) and the execution role's session the poller reads the queue
   * as: the role of the function it invokes.
   */
  private async identify(): Promise<SqsReaderCall | undefined> {
    if (this.reader) return this.reader;
    try {
      this.sqs = await this.host.core.use("sqs");
      if (this.stopped) return undefined;
      this.stopWatching ??= this.watch();
    } catch (error) {
      // SQS loads on first use; a poller resumed while the emulator starts asks again shortly.
      this.host.log(`lambda: SQS poller ${this.uuid} waits for SQS: ${(error as Error).message}`);
      this.retryAfter(NOT_READY_RETRY_MS);
      return undefined;
    }
    const role = this.host.executionRole(this.settings);
    if (role === undefined) {
      this.problem(`Function not found: ${this.settings.config.FunctionArn}`);
      return undefined;
    }
    this.reader = { accountId: this.settings.accountId, principalArn: roleSession(role, this.uuid) };
    return this.reader;
  }

  private pump(reader: SqsReaderCall): void {
    while (!this.stopped && this.retry === undefined) {
      if (this.gathering) {
        if (!this.fill(reader, this.gathering)) return;
        this.flush(reader);
        continue;
      }
      if (this.active >= this.concurrency) return;
      const received = this.receive(reader, Math.min(RECEIVE_LIMIT, this.batchSize));
      if (received === undefined || received.count === 0) return;
      const { records } = received;
      // Every message received was filtered out: there may be more.
      if (records.length === 0) continue;
      if (this.windowMs === 0 || records.length >= this.batchSize) {
        this.dispatch(reader, records);
        continue;
      }
      this.active++;
      this.gathering = {
        records,
        bytes: recordsBytes(records),
        window: this.host.clock.after(this.windowMs, () => {
          this.flush(reader);
          this.wake();
        }),
      };
    }
  }

  /**
   * One receive: how many messages came, and those that pass the filter as event records (those that do not
   * are deleted, as AWS does); undefined when the queue could not be read (reported, and tried again later).
   */
  private receive(
    reader: SqsReaderCall,
    max: number,
  ): { count: number; records: SqsEventRecord[] } | undefined {
    const result = this.sqs.receive(this.queueArn, max, reader);
    if (!result.ok) {
      this.problem(result.detail);
      return undefined;
    }
    const records = result.messages.map((message: SqsReceivedMessage) => eventRecord(message, this.queueArn));
    const passed = records.filter((record) => this.filter(record));
    if (passed.length < records.length) {
      const dropped = records.filter((record) => !passed.includes(record));
      this.sqs.deleteMessages(
        this.queueArn,
        dropped.map((record) => record.receiptHandle),
        reader,
      );
    }
    return { count: records.length, records: passed };
  }

  /** Adds messages to the batch being gathered; true once it is full (by count or payload size). */
  private fill(reader: SqsReaderCall, gathering: Gathering): boolean {
    while (gathering.records.length < this.batchSize) {
      const received = this.receive(
        reader,
        Math.min(RECEIVE_LIMIT, this.batchSize - gathering.records.length),
      );
      if (received === undefined || received.count === 0) return false;
      const { records } = received;
      for (const [index, record] of records.entries()) {
        const bytes = recordBytes(record);
        if (gathering.bytes + bytes > MAX_PAYLOAD_BYTES) {
          this.release(reader, records.slice(index));
          return true;
        }
        gathering.records.push(record);
        gathering.bytes += bytes;
      }
    }
    return true;
  }

  private flush(reader: SqsReaderCall): void {
    const gathering = this.gathering;
    if (!gathering) return;
    this.gathering = undefined;
    gathering.window.cancel();
    this.active--;
    this.dispatch(reader, gathering.records);
  }

  private dispatch(reader: SqsReaderCall, records: readonly SqsEventRecord[]): void {
    this.active++;
    const run = this.invoke(reader, records)
      .catch((error: unknown) => this.host.log(`lambda: SQS poller ${this.uuid}: ${String(error)}`))
      .finally(() => {
        this.active--;
        this.running.delete(run);
        this.wake();
      });
    this.running.add(run);
  }

  private async invoke(reader: SqsReaderCall, records: readonly SqsEventRecord[]): Promise<void> {
    const settings = this.settings;
    const result = await this.host.invoke(settings, eventDocument(records), this.abort.signal);
    this.settle(settings, reader, records, result);
  }

  /** Deletes what the function processed; the rest reappears after the queue's visibility timeout. */
  private settle(
    settings: MappingSettings,
    reader: SqsReaderCall,
    records: readonly SqsEventRecord[],
    result: MappingInvokeResult,
  ): void {
    if (result.kind === "not-invoked") {
      if (result.reason !== "Stopped") this.problem(`${result.reason}: ${result.detail}`);
      return;
    }
    this.backoffMs = 0;
    if (result.kind === "function-error") {
      this.host.reportProcessingResult(settings.config.UUID, "PROBLEM: Function call failed");
      return;
    }
    let processed = records;
    if (settings.config.FunctionResponseTypes?.includes("ReportBatchItemFailures")) {
      const verdict = batchVerdict(result.payload, new Set(records.map((record) => record.messageId)));
      if (verdict.kind === "invalid") {
        this.host.log(
          `lambda: event source mapping ${settings.config.UUID}: ${verdict.reason}; the batch failed`,
        );
        this.host.reportProcessingResult(settings.config.UUID, "PROBLEM: Function call failed");
        return;
      }
      if (verdict.kind === "some-failed")
        processed = records.filter((record) => !verdict.failed.has(record.messageId));
    }
    if (processed.length > 0) {
      const deleted = this.sqs.deleteMessages(
        settings.config.EventSourceArn,
        processed.map((record) => record.receiptHandle),
        reader,
      );
      if (!deleted.ok)
        this.host.log(`lambda: event source mapping ${settings.config.UUID}: ${deleted.detail}`);
    }
    this.host.reportProcessingResult(settings.config.UUID, "OK");
  }

  /** Returns messages to the queue at once (a stopped poller's gathered batch, what did not fit a payload). */
  private release(reader: SqsReaderCall, records: readonly SqsEventRecord[]): void {
    if (records.length === 0) return;
    this.sqs.changeVisibility(
      this.queueArn,
      records.map((record) => record.receiptHandle),
      0,
      reader,
    );
  }

  /** Reports a problem and waits before polling again, longer each time until something works. */
  private problem(detail: string): void {
    this.host.reportProcessingResult(this.uuid, `PROBLEM: ${detail}`);
    this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(FIRST_BACKOFF_MS, this.backoffMs * 2));
    this.retryAfter(this.backoffMs);
  }

  /** Polls again after `delayMs`, with the role and queue looked up afresh. */
  private retryAfter(delayMs: number): void {
    if (this.stopped || this.retry !== undefined) return;
    this.reader = undefined;
    this.retry = this.host.clock.after(delayMs, () => {
      this.retry = undefined;
      this.wake();
    });
  }
}

/** `arn:aws:iam::ACCOUNT:role/PATH/NAME` → the session Lambda reads as, `arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`. */
function roleSession(roleArn: string, session: string): string {
  const [, , , , account = "", resource = ""] = roleArn.split(":");
  const name = resource.split("/").at(-1) ?? "";
  return `arn:aws:sts::${account}:assumed-role/${name}/${session}`;
}

function recordBytes(record: SqsEventRecord): number {
  return Buffer.byteLength(JSON.stringify(record)) + 1;
}

function recordsBytes(records: readonly SqsEventRecord[]): number {
  return records.reduce((sum, record) => sum + recordBytes(record), 0);
}
