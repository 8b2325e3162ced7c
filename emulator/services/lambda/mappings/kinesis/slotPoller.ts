import type { KinesisInterface, KinesisShardPosition } from "../../../../core/interfaces.js";
import { recordLambdaMetric } from "../../metrics.js";
import type { MappingInvokeResult, MappingSettings, PollerHost } from "../poller.js";
import { MAX_BATCH_BYTES, readBatch } from "./batch.js";
import type { CheckpointTable } from "./checkpoints.js";
import { eventDocument, type EventSource, type WindowFields } from "./event.js";
import { failureRecord, type DiscardCondition } from "./failureRecord.js";
import { judgeItemFailures } from "./itemFailures.js";
import { afterFailure, afterPartialFailure, expiredCount, type FailureStep } from "./retryPolicy.js";
import type { KinesisPollerOptions } from "./settings.js";
import { MAX_WINDOW_STATE_BYTES, stateOf, windowStartOf, type OpenWindow } from "./tumblingWindow.js";
import { after, newWorkItem, type WorkItem } from "./workItem.js";

/** What every slot of a mapping shares: the host, the stream's reader, the checkpoints and the live settings. */
export interface MappingRuntime {
  readonly host: PollerHost;
  readonly api: KinesisInterface;
  readonly checkpoints: CheckpointTable;
  settings(): MappingSettings;
  options(): KinesisPollerOptions;
  roleArn(): string;
}

/** Backoff of retries: counted ones (the function failed) and uncounted ones (not invoked, stream unreadable). */
const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;

/** The wait before the `retries`-th counted retry of a batch. */
export function retryDelayMs(retries: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, retries - 1));
}

/**
 * Polls one slot of one shard: reads a batch, invokes the function, and decides what the result means for the
 * checkpoint. The slot is blocked while a batch is retried, so records of a partition key are handled in order.
 * Sleeps until the stream signals new records (no fixed polling delay), or until a batching window, tumbling
 * window or backoff ends.
 */
export class SlotPoller {
  /** Resolves `ended` once a closed shard is read to its end, `stopped` after `stop()`. */
  readonly done: Promise<"ended" | "stopped">;
  private position: KinesisShardPosition;
  private readonly queue: WorkItem[] = [];
  private readonly abort = new AbortController();
  private stopped = false;
  private signalled = false;
  private wakeSleeper: (() => void) | undefined;
  private batchingSince: number | undefined;
  private window: OpenWindow | undefined;
  private backoffMs = 0;

  constructor(
    private readonly runtime: MappingRuntime,
    readonly shardId: string,
    private readonly slot: number,
    private readonly slots: number,
    start: KinesisShardPosition & { readonly window?: OpenWindow },
  ) {
    this.position = { afterSequenceNumber: start.afterSequenceNumber };
    this.window = start.window === undefined ? undefined : { ...start.window };
    this.done = this.run();
  }

  /** New records (or a reshard) on the shard: read again now. */
  wake(): void {
    this.signalled = true;
    this.wakeSleeper?.();
  }

  /** Stops after the invocation in flight, which is abandoned (its records are sent again next time). */
  stop(): Promise<"ended" | "stopped"> {
    this.stopped = true;
    this.abort.abort();
    this.wake();
    return this.done;
  }

  private get source(): EventSource {
    return {
      streamArn: this.runtime.options().streamArn,
      region: this.runtime.settings().region,
      shardId: this.shardId,
      roleArn: this.runtime.roleArn(),
    };
  }

  private async run(): Promise<"ended" | "stopped"> {
    while (!this.stopped) {
      const item = this.queue[0];
      if (item !== undefined) {
        await this.deliver(item);
        continue;
      }
      if ((await this.poll()) === "ended") return "ended";
    }
    return "stopped";
  }

  /** Reads the next batch and queues it, or sleeps until there is one. */
  private async poll(): Promise<"ended" | undefined> {
    this.signalled = false;
    const options = this.runtime.options();
    const clock = this.runtime.host.clock;
    const batch = readBatch(this.runtime.api, {
      source: this.source,
      from: this.position,
      batchSize: options.batchSize,
      slot: this.slot,
      slots: this.slots,
      filter: options.filter,
      windowOf:
        options.tumblingWindowMs > 0
          ? (record) => windowStartOf(record, options.tumblingWindowMs)
          : undefined,
    });
    if (!batch.ok) {
      if (batch.reason === "Trimmed") this.checkpoint(batch.resumeAt);
      else await this.problem(batch.detail);
      return undefined;
    }
    if (batch.records.length === 0) {
      const moved = batch.through.afterSequenceNumber !== this.position.afterSequenceNumber;
      if (moved) this.checkpoint(batch.through);
      if (
        this.window !== undefined &&
        (batch.childShardIds !== undefined || clock.now() >= this.window.end)
      ) {
        await this.finalInvoke(false);
        return undefined;
      }
      if (batch.childShardIds !== undefined) {
        this.checkpoint(this.position, true);
        return "ended";
      }
      if (!moved) await this.sleep(this.window === undefined ? undefined : this.window.end - clock.now());
      return undefined;
    }
    if (!batch.full && options.batchingWindowMs > 0) {
      this.batchingSince ??= clock.now();
      const due = this.batchingSince + options.batchingWindowMs;
      if (clock.now() < due) {
        await this.sleep(due - clock.now());
        return undefined;
      }
    }
    this.batchingSince = undefined;
    this.queue.push(newWorkItem(batch.records, batch.through));
    return undefined;
  }

  /** Sends the first queued item and acts on the result. */
  private async deliver(item: WorkItem): Promise<void> {
    const options = this.runtime.options();
    const now = this.runtime.host.clock.now();
    const expired = expiredCount(item, options, now);
    if (expired > 0) {
      const old = item.records.slice(0, expired);
      await this.discard({ ...item, records: old, through: after(old[old.length - 1]) }, "RecordAgeExceeded");
      if (expired === item.records.length) {
        this.checkpoint(item.through);
        this.queue.shift();
      } else {
        this.queue[0] = { ...item, records: item.records.slice(expired) };
      }
      return;
    }
    if (item.invokes > 0 && this.expiredFromStream(item)) {
      // Retried until the records left the stream (MaximumRetryAttempts and MaximumRecordAgeInSeconds -1).
      await this.discard(item, "RecordAgeExceeded");
      this.queue.shift();
      return;
    }
    if (options.tumblingWindowMs > 0) {
      const start = windowStartOf(item.records[0], options.tumblingWindowMs);
      if (this.window !== undefined && this.window.start !== start) {
        await this.finalInvoke(false);
        return;
      }
      this.window ??= { start, end: start + options.tumblingWindowMs, state: {} };
    }
    const payload = eventDocument(this.source, item.records, this.windowFields(false, false));
    const result = await this.invoke(payload);
    if (result === undefined) return;
    if (result.kind === "not-invoked") {
      await this.problem(`${result.reason}: ${result.detail}`);
      return;
    }
    this.backoffMs = 0;
    this.recordIteratorAge(item);
    const invoked = { ...item, invokes: item.invokes + 1 };
    const uuid = this.runtime.settings().config.UUID;
    if (result.kind === "function-error") {
      this.runtime.host.reportProcessingResult(uuid, "PROBLEM: Function call failed");
      await this.failed(afterFailure({ ...invoked, lastResponse: { functionError: "Unhandled" } }, options));
      return;
    }
    // The function call worked, whatever its response says of single records (a partial batch response).
    this.runtime.host.reportProcessingResult(uuid, "OK");
    const failedResponse = { ...invoked, lastResponse: {} };
    const state = this.window === undefined ? undefined : stateOf(result.payload);
    if (this.window !== undefined && state === undefined) {
      await this.failed(afterFailure(failedResponse, options));
      return;
    }
    const verdict = options.reportBatchItemFailures
      ? judgeItemFailures(result.payload, item.records)
      : ({ kind: "all-succeeded" } as const);
    if (verdict.kind === "all-failed") {
      await this.failed(afterFailure(failedResponse, options));
      return;
    }
    // The state of an invocation that (at least partly) succeeded carries on, saved with the checkpoint.
    if (this.window !== undefined && state !== undefined) this.window.state = state;
    if (verdict.kind === "partial") {
      if (verdict.firstFailed > 0) this.checkpoint(after(item.records[verdict.firstFailed - 1]));
      await this.failed(afterPartialFailure(failedResponse, verdict.firstFailed, options));
      return;
    }
    this.checkpoint(item.through);
    this.queue.shift();
    if (
      this.window !== undefined &&
      Buffer.byteLength(JSON.stringify(this.window.state)) > MAX_WINDOW_STATE_BYTES
    ) {
      await this.finalInvoke(true);
    }
  }

  /**
   * Splits go out at once; a counted retry waits (exponentially longer, from 100 ms to 5 s) so that a function
   * failing fast does not spin the emulator, and the shard stays blocked meanwhile.
   */
  private async failed(step: FailureStep): Promise<void> {
    if (step.kind === "split") this.queue.splice(0, 1, step.first, step.second);
    else if (step.kind === "retry") {
      this.queue[0] = step.item;
      await this.sleep(retryDelayMs(step.item.retries), false);
    } else {
      await this.discard(step.item, step.condition);
      this.queue.shift();
    }
  }

  /**
   * Gives up on records: the failure record goes to the OnFailure destination (when there is one) and the
   * checkpoint moves past them, so the shard goes on.
   */
  private async discard(item: WorkItem, condition: DiscardCondition): Promise<void> {
    const settings = this.runtime.settings();
    const options = this.runtime.options();
    if (options.onFailureDestination !== undefined) {
      const record = failureRecord({
        functionArn: settings.config.FunctionArn,
        streamArn: options.streamArn,
        shardId: this.shardId,
        records: item.records,
        condition,
        approximateInvokeCount: item.invokes,
        lastResponse: item.lastResponse,
        now: this.runtime.host.clock.now(),
      });
      const problem = await this.runtime.host.sendToOnFailureDestination(settings, record);
      if (problem !== undefined) this.runtime.host.log(`lambda: mapping ${settings.config.UUID}: ${problem}`);
    }
    this.checkpoint(item.through);
  }

  /**
   * The last invocation of a tumbling window: no records, the state so far, `isFinalInvokeForWindow`. AWS: if
   * it fails, processing pauses until it succeeds. When the state outgrew 1 MB the window is terminated early
   * and the next records start the same window afresh.
   */
  private async finalInvoke(terminatedEarly: boolean): Promise<void> {
    const payload = eventDocument(this.source, [], this.windowFields(true, terminatedEarly));
    const result = await this.invoke(payload);
    if (result === undefined) return;
    if (result.kind === "success") {
      this.backoffMs = 0;
      this.window = undefined;
      this.checkpoint(this.position);
      return;
    }
    await this.problem(
      result.kind === "not-invoked"
        ? result.detail
        : `the final invocation of a window failed (${result.errorType})`,
    );
  }

  private windowFields(final: boolean, terminatedEarly: boolean): WindowFields | undefined {
    const window = this.window;
    if (window === undefined) return undefined;
    return {
      start: window.start,
      end: window.end,
      state: window.state,
      isFinalInvokeForWindow: final,
      isWindowTerminatedEarly: terminatedEarly,
    };
  }

  /** Invokes the function; undefined when the poller was stopped meanwhile (the result is then ignored). */
  private async invoke(payload: Buffer): Promise<MappingInvokeResult | undefined> {
    let onAbort: (() => void) | undefined;
    const stopped = new Promise<undefined>((resolve) => {
      onAbort = () => resolve(undefined);
      if (this.abort.signal.aborted) resolve(undefined);
      else this.abort.signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
      const result = await Promise.race([
        this.runtime.host.invoke(this.runtime.settings(), payload, this.abort.signal),
        stopped,
      ]);
      return this.stopped ? undefined : result;
    } finally {
      if (onAbort !== undefined) this.abort.signal.removeEventListener("abort", onAbort);
    }
  }

  /** Whether the batch's first record is gone from the stream (expired by its retention period). */
  private expiredFromStream(item: WorkItem): boolean {
    const { streamArn } = this.runtime.options();
    const first = item.records[0].sequenceNumber;
    const at = this.runtime.api.position(streamArn, this.shardId, {
      type: "AT_SEQUENCE_NUMBER",
      sequenceNumber: first,
    });
    if (!at.ok) return at.reason !== "StreamNotFound";
    const read = this.runtime.api.read(streamArn, this.shardId, at.position, 1, MAX_BATCH_BYTES);
    return !read.ok ? read.reason === "Trimmed" : read.records[0]?.sequenceNumber !== first;
  }

  private checkpoint(position: KinesisShardPosition, ended = false): void {
    this.position = position;
    this.runtime.checkpoints.save(this.runtime.settings().config.UUID, this.shardId, {
      slot: this.slot,
      slots: this.slots,
      afterSequenceNumber: position.afterSequenceNumber,
      ended,
      ...(this.window === undefined ? {} : { window: { ...this.window } }),
    });
  }

  /** AWS/Lambda IteratorAge: how old the batch's last record was when the function got it. */
  private recordIteratorAge(item: WorkItem): void {
    const metrics = this.runtime.host.core.metrics;
    if (!metrics.enabled) return;
    const settings = this.runtime.settings();
    const [functionName, qualifier] = settings.config.FunctionArn.split(":").slice(6);
    const now = this.runtime.host.clock.now();
    const last = item.records[item.records.length - 1];
    recordLambdaMetric(
      metrics,
      now,
      { accountId: settings.accountId, region: settings.region, functionName, qualifier },
      "IteratorAge",
      Math.max(0, now - last.approximateArrivalTimestamp),
    );
  }

  /** Reports why the slot cannot go on and waits (longer each time) before it tries again. */
  private async problem(detail: string): Promise<void> {
    this.runtime.host.reportProcessingResult(this.runtime.settings().config.UUID, `PROBLEM: ${detail}`);
    this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(FIRST_BACKOFF_MS, this.backoffMs * 2));
    await this.sleep(this.backoffMs, false);
  }

  /** Sleeps until woken (unless `wakeable` is false), or `ms` passed when given. */
  private sleep(ms: number | undefined, wakeable = true): Promise<void> {
    if (this.stopped || (wakeable && this.signalled)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : this.runtime.host.clock.after(ms, () => finish());
      const finish = (): void => {
        timer?.cancel();
        this.wakeSleeper = undefined;
        resolve();
      };
      this.wakeSleeper = wakeable ? finish : () => this.stopped && finish();
    });
  }
}
