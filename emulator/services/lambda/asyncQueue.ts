import { AwsError } from "../../core/errors.js";
import type { Timer } from "../../core/clock.js";
import type { ServiceContext, ServiceSummary } from "../../core/service.js";
import { findAlias, resolveVersion } from "./configuration.js";
import { sendToDestination } from "./destinations.js";
import type { InvocationOutcome } from "./execution.js";
import { functionArn } from "./functionRef.js";
import type { Invocations } from "./invocations.js";
import type { LambdaModel } from "./model.js";
import { LATEST, type FunctionRecord } from "./records.js";

/** One asynchronous invocation waiting for its next attempt; kept in the store until it is done. */
export interface QueuedEvent {
  readonly id: string;
  readonly accountId: string;
  readonly region: string;
  readonly functionName: string;
  readonly qualifier?: string;
  /** Base64 of the event. */
  readonly payload: string;
  readonly enqueuedAt: number;
  /** Attempts that ended in a function error. */
  readonly attempts: number;
  readonly nextAt: number;
  readonly endpointUrl: string;
}

/** AWS's defaults for asynchronous invocation: two retries, events kept for six hours. */
const DEFAULT_RETRIES = 2;
const DEFAULT_MAX_AGE_SECONDS = 21_600;
/** Lambda waits at least one minute before the first retry and two before the second. */
const RETRY_DELAYS_MS = [60_000, 120_000];
/** A throttled event waits and is tried again (it is not a failed attempt), up to five minutes apart. */
const THROTTLE_FIRST_DELAY_MS = 1_000;
const THROTTLE_MAX_DELAY_MS = 300_000;

type Condition = "Success" | "RetriesExhausted" | "EventAgeExceeded";

/**
 * Lambda's queue of asynchronous (`Event`) invocations: durable in the store, each event tried on the core
 * clock, retried after function errors as AWS documents, dropped after its maximum age, and reported to the
 * on-success / on-failure destinations (and a dead-letter queue) in AWS's record format.
 */
export class AsyncQueue {
  private readonly events = new Map<string, QueuedEvent>();
  private readonly timers = new Map<string, Timer>();
  private readonly throttleDelays = new Map<string, number>();

  constructor(
    private readonly model: LambdaModel,
    private readonly invocations: Invocations,
    private readonly core: ServiceContext,
  ) {}

  /** Adds the events waiting per account and region to a summary (`/_eda/state`). */
  addToSummary(summary: ServiceSummary): ServiceSummary {
    for (const event of this.events.values()) {
      const counts = ((summary[event.accountId] ??= {})[event.region] ??= {});
      counts.pendingInvocations = (counts.pendingInvocations ?? 0) + 1;
    }
    return summary;
  }

  enqueue(event: QueuedEvent): void {
    this.write(event);
    this.schedule(event);
  }

  /** Reloads the events a previous run left (at start and after a rolled-back write) and schedules them. */
  restore(): void {
    this.cancelTimers();
    this.events.clear();
    const rows = (this.core.store.database?.prepare("SELECT data FROM lambda_events").all() ?? []) as {
      data: string;
    }[];
    for (const row of rows) {
      const event = JSON.parse(row.data) as QueuedEvent;
      this.events.set(event.id, event);
      this.schedule(event);
    }
  }

  reset(): void {
    this.cancelTimers();
    this.events.clear();
    this.core.store.transaction(() => this.core.store.database?.prepare("DELETE FROM lambda_events").run());
  }

  close(): void {
    this.cancelTimers();
  }

  private cancelTimers(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private schedule(event: QueuedEvent): void {
    this.timers.get(event.id)?.cancel();
    this.timers.set(
      event.id,
      this.core.clock.after(event.nextAt - this.core.clock.now(), () => {
        this.timers.delete(event.id);
        this.attempt(event.id).catch((error: unknown) =>
          this.core.log(`lambda: asynchronous invocation ${event.id} failed: ${String(error)}`),
        );
      }),
    );
  }

  private async attempt(id: string): Promise<void> {
    const event = this.events.get(id);
    if (event === undefined) return;
    const record = this.model.get(event.accountId, event.region, event.functionName);
    const runnable = record !== undefined && this.qualifierExists(record, event.qualifier);
    if (!runnable) {
      this.core.log(
        `lambda: dropped an asynchronous invocation of ${event.functionName}: the function is gone`,
      );
      this.remove(event);
      return;
    }
    const settings = record.eventInvokeConfigs[event.qualifier ?? LATEST];
    const maxAgeMs = (settings?.MaximumEventAgeInSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1000;
    if (this.core.clock.now() - event.enqueuedAt > maxAgeMs) {
      await this.finish(record, event, "EventAgeExceeded", undefined);
      return;
    }
    const outcome = await this.run(record, event);
    if (outcome === "throttled") {
      const delay = Math.min(this.throttleDelays.get(id) ?? THROTTLE_FIRST_DELAY_MS, THROTTLE_MAX_DELAY_MS);
      this.throttleDelays.set(id, delay * 2);
      this.reschedule({ ...event, nextAt: this.core.clock.now() + delay });
      return;
    }
    this.throttleDelays.delete(id);
    if (outcome.kind === "success") {
      await this.finish(record, event, "Success", outcome);
      return;
    }
    const attempts = event.attempts + 1;
    const retries = settings?.MaximumRetryAttempts ?? DEFAULT_RETRIES;
    if (attempts > retries) {
      await this.finish(record, { ...event, attempts }, "RetriesExhausted", outcome);
      return;
    }
    const delay = RETRY_DELAYS_MS[attempts - 1] ?? RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1] ?? 0;
    this.reschedule({ ...event, attempts, nextAt: this.core.clock.now() + delay });
  }

  /** One attempt; a failure to start the function (its role cannot be assumed) counts as a function error. */
  private async run(record: FunctionRecord, event: QueuedEvent): Promise<InvocationOutcome | "throttled"> {
    const version = resolveVersion(record, event.qualifier);
    try {
      const result = await this.invocations.run(
        { record, version, qualifier: event.qualifier },
        {
          requestId: event.id,
          payload: Buffer.from(event.payload, "base64"),
          tailLog: false,
          endpointUrl: event.endpointUrl,
          signal: new AbortController().signal,
        },
      );
      return result.kind === "throttled" ? "throttled" : result.outcome;
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      const payload = Buffer.from(JSON.stringify({ errorMessage: error.message, errorType: error.code }));
      return {
        kind: "function-error",
        errorType: error.code,
        payload,
        usage: { durationMs: 0, billedDurationMs: 0, maxMemoryUsedMb: 0 },
      };
    }
  }

  private async finish(
    record: FunctionRecord,
    event: QueuedEvent,
    condition: Condition,
    outcome: InvocationOutcome | undefined,
  ): Promise<void> {
    this.remove(event);
    const settings = record.eventInvokeConfigs[event.qualifier ?? LATEST];
    const destination =
      condition === "Success"
        ? settings?.DestinationConfig?.OnSuccess?.Destination
        : settings?.DestinationConfig?.OnFailure?.Destination;
    const caller = {
      servicePrincipal: "lambda.amazonaws.com",
      sourceArn: functionArn(record),
      sourceAccount: record.accountId,
    };
    const sends: Promise<string | undefined>[] = [];
    if (destination !== undefined) {
      const body = JSON.stringify(this.invocationRecord(record, event, condition, outcome));
      sends.push(sendToDestination(this.core, destination, { body }, caller));
    }
    const deadLetter = resolveVersion(record, event.qualifier).config.DeadLetterConfig?.TargetArn;
    if (condition !== "Success" && deadLetter !== undefined) {
      sends.push(sendToDestination(this.core, deadLetter, this.deadLetter(event, outcome), caller));
    }
    for (const problem of await Promise.all(sends)) {
      if (problem !== undefined)
        this.core.log(`lambda: destination of ${record.name} not reached: ${problem}`);
    }
  }

  /** AWS's invocation record, as destinations receive it. */
  private invocationRecord(
    record: FunctionRecord,
    event: QueuedEvent,
    condition: Condition,
    outcome: InvocationOutcome | undefined,
  ): Record<string, unknown> {
    const version = resolveVersion(record, event.qualifier).version;
    return {
      version: "1.0",
      timestamp: new Date(this.core.clock.now()).toISOString(),
      requestContext: {
        requestId: event.id,
        functionArn: functionArn(record, event.qualifier ?? LATEST),
        condition,
        approximateInvokeCount: condition === "Success" ? event.attempts + 1 : Math.max(event.attempts, 1),
      },
      requestPayload: parseOrText(Buffer.from(event.payload, "base64")),
      ...(outcome === undefined
        ? {}
        : {
            responseContext: {
              statusCode: 200,
              executedVersion: version,
              ...(outcome.kind === "function-error" ? { functionError: "Unhandled" } : {}),
            },
            responsePayload: parseOrText(outcome.payload),
          }),
    };
  }

  /** A dead-letter queue gets the event itself, with why it failed in message attributes. */
  private deadLetter(event: QueuedEvent, outcome: InvocationOutcome | undefined) {
    const error =
      outcome === undefined ? undefined : (parseOrText(outcome.payload) as { errorMessage?: string });
    return {
      body: Buffer.from(event.payload, "base64").toString("utf8"),
      attributes: {
        RequestID: { DataType: "String", StringValue: event.id },
        ErrorCode: { DataType: "Number", StringValue: "200" },
        ErrorMessage: {
          DataType: "String",
          StringValue: error?.errorMessage ?? "The event was older than the function's maximum event age.",
        },
      },
    };
  }

  private qualifierExists(record: FunctionRecord, qualifier: string | undefined): boolean {
    if (qualifier === undefined || qualifier === LATEST) return true;
    return findAlias(record, qualifier) !== undefined || record.versions.some((v) => v.version === qualifier);
  }

  private reschedule(event: QueuedEvent): void {
    this.write(event);
    this.schedule(event);
  }

  private write(event: QueuedEvent): void {
    this.core.store.transaction(() =>
      this.core.store.database
        ?.prepare("INSERT OR REPLACE INTO lambda_events VALUES (?, ?)")
        .run(event.id, JSON.stringify(event)),
    );
    this.events.set(event.id, event);
  }

  private remove(event: QueuedEvent): void {
    this.timers.get(event.id)?.cancel();
    this.timers.delete(event.id);
    this.throttleDelays.delete(event.id);
    this.core.store.transaction(() =>
      this.core.store.database?.prepare("DELETE FROM lambda_events WHERE id = ?").run(event.id),
    );
    this.events.delete(event.id);
  }
}

/** A payload as JSON when it is JSON (as AWS embeds it in records), else as text. */
function parseOrText(payload: Buffer): unknown {
  const text = payload.toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
