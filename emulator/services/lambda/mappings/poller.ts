/**
 * The boundary between event source mappings' control plane (the API, their records, their State) and the
 * pollers that read an event source and invoke the function. The control plane starts one poller per enabled
 * mapping, hands it every change of settings, and stops it when the mapping is disabled or deleted; a poller
 * reaches the rest of the emulator only through its host.
 */
import type { Clock } from "../../../core/clock.js";
import type { ServiceContext } from "../../../core/service.js";
import type { EventSourceMappingConfiguration } from "../../../generated/lambda.js";

/**
 * A mapping's settings as the API returns them, AWS's defaults filled in (BatchSize, MaximumRetryAttempts -1,
 * MaximumRecordAgeInSeconds -1, ParallelizationFactor 1, …), with the account and region it belongs to.
 */
export interface MappingSettings {
  readonly accountId: string;
  readonly region: string;
  readonly config: Readonly<EventSourceMappingConfiguration> & {
    readonly UUID: string;
    readonly EventSourceArn: string;
    readonly FunctionArn: string;
  };
}

/** How one invocation of the mapping's function went. */
export type MappingInvokeResult =
  | {
      /** The function returned: `payload` is its response (a `batchItemFailures` document, or anything). */
      readonly kind: "success";
      readonly payload: Buffer;
    }
  | {
      /**
       * The function failed: it threw, timed out, ran out of memory or its process died. `errorType` is the
       * runtime's (`Sandbox.Timedout`, `Runtime.ExitError`, the thrown error's name); `payload` AWS's error document.
       */
      readonly kind: "function-error";
      readonly errorType: string;
      readonly payload: Buffer;
    }
  | {
      /**
       * Lambda could not run it: throttled (no concurrency left), the function or its version is gone, the
       * role cannot be assumed. Not a function error: AWS retries these without counting an attempt.
       */
      readonly kind: "not-invoked";
      readonly reason: "Throttled" | "FunctionNotFound" | "RoleNotAssumable" | "Stopped";
      readonly detail: string;
    };

/** What a poller may do outside its event source. */
export interface PollerHost {
  readonly clock: Clock;
  /** The core: its store (checkpoints are the poller's own tables, committed in its transactions), `use`, metrics. */
  readonly core: ServiceContext;
  /** Invokes the mapping's function synchronously with `payload` (the event document), as Lambda's poller does. */
  invoke(settings: MappingSettings, payload: Buffer, signal: AbortSignal): Promise<MappingInvokeResult>;
  /**
   * Sends a record to the mapping's on-failure destination (SQS queue or SNS topic), with the permissions of the
   * function's execution role as AWS does. Resolves to a sentence when it was not delivered.
   */
  sendToOnFailureDestination(settings: MappingSettings, record: object): Promise<string | undefined>;
  /**
   * The execution role of the mapping's function (of its version or alias), as it is now: the poller reads its
   * source as this role, and stream events name it as `invokeIdentityArn`. Undefined once the function is gone.
   */
  executionRole(settings: MappingSettings): string | undefined;
  /**
   * Sets the mapping's LastProcessingResult: `OK` after a batch was processed, `PROBLEM: …` when the poller
   * cannot read the source or invoke the function, `No records processed` before the first batch.
   */
  reportProcessingResult(uuid: string, result: string): void;
  /** A line for the emulator's log. */
  log(line: string): void;
}

/** A running poller for one enabled mapping. */
export interface SourcePoller {
  /** The mapping's settings changed (UpdateEventSourceMapping): the next batch uses them. */
  update(settings: MappingSettings): void;
  /** Stops polling; resolves once the batch in flight (if any) has finished or been abandoned. */
  stop(): Promise<void>;
}

/**
 * Starts pollers for one kind of event source (`kinesis`, `sqs`, the ARN's service). `deleted` is true when the
 * mapping is being deleted rather than disabled or stopped: the poller then forgets its checkpoints.
 */
export interface PollerKind {
  readonly service: "kinesis" | "sqs";
  start(settings: MappingSettings, host: PollerHost): SourcePoller;
  /** Forgets whatever the poller kept for this mapping (checkpoints); called after DeleteEventSourceMapping. */
  forget(uuid: string, host: PollerHost): void;
}
