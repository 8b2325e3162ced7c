/**
 * The boundary between Lambda's service layer (control plane, Invoke, asynchronous queue, throttling, metrics)
 * and its runtime (worker processes speaking the Lambda Runtime API). The service layer decides *whether* and
 * *what* to run; the runtime runs it and reports how it went. Neither imports the other's modules.
 */
import type { ServiceSessionCredentials } from "../../core/interfaces.js";

/** One published function version (or `$LATEST`) as the runtime needs it to start a worker and run it. */
export interface FunctionVersionSpec {
  readonly accountId: string;
  readonly region: string;
  readonly functionName: string;
  /** `$LATEST` or a published version number. */
  readonly version: string;
  /** The version's ARN, the qualified one (`…:function:NAME:$LATEST` or `…:NAME:3`). */
  readonly functionArn: string;
  /** `nodejs18.x` … `nodejs24.x`, `python3.x`. */
  readonly runtime: string;
  /** `index.handler`, `app/main.lambda_handler`. */
  readonly handler: string;
  readonly memorySizeMb: number;
  readonly timeoutSeconds: number;
  /** The function's own environment variables (the runtime adds AWS's reserved ones). */
  readonly environment: Readonly<Record<string, string>>;
  /** Base64 SHA-256 of the zip, as CodeSha256: workers are reused only for the same code and configuration. */
  readonly codeSha256: string;
  /** The deployment package, read when a worker needs unpacked code that is not cached yet. */
  readonly code: () => Buffer;
  /** Where the function's logs go (`/aws/lambda/NAME` unless LoggingConfig says otherwise). */
  readonly logGroup: string;
  /** `Text` or `JSON` (LoggingConfig.LogFormat). */
  readonly logFormat: "Text" | "JSON";
  /** A string that changes whenever anything a running worker depends on changes (RevisionId works). */
  readonly revision: string;
}

export interface InvocationRequest {
  /** AWS's request id for this invocation (a UUID), echoed in logs and `x-amzn-RequestId`. */
  readonly requestId: string;
  readonly payload: Buffer;
  /** Base64 JSON, as `X-Amz-Client-Context` carries it. */
  readonly clientContext?: string;
  /** Credentials of the execution role's session, for the worker's `AWS_ACCESS_KEY_ID` etc. */
  readonly credentials: ServiceSessionCredentials;
  /** The emulator's own origin, for the worker's `AWS_ENDPOINT_URL`. */
  readonly endpointUrl: string;
  /** Return the last 4 KB of the invocation's log as `LogResult` (`LogType: Tail`). */
  readonly tailLog: boolean;
  /** Aborted when the emulator stops or the caller goes away before a synchronous invoke ends. */
  readonly signal: AbortSignal;
}

/** How long it took and what it used, for the REPORT line, the Duration metric and billing fields. */
export interface InvocationUsage {
  readonly durationMs: number;
  readonly billedDurationMs: number;
  readonly maxMemoryUsedMb: number;
  /** Present when this invocation started a new worker. */
  readonly initDurationMs?: number;
}

export type InvocationOutcome =
  | {
      readonly kind: "success";
      readonly payload: Buffer;
      readonly usage: InvocationUsage;
      /** Base64 of the last 4 KB of log, when asked for. */
      readonly logTail?: string;
    }
  | {
      /**
       * The function failed: it threw (`Unhandled`), timed out, ran out of memory, exited, or failed to
       * initialise. `payload` is AWS's error document (`{"errorType":…,"errorMessage":…,"trace":[…]}`); the
       * service layer answers 200 with `X-Amz-Function-Error: Unhandled` as AWS does.
       */
      readonly kind: "function-error";
      /** `Runtime.HandlerNotFound`, `Sandbox.Timedout`, `Runtime.ExitError`, `Runtime.OutOfMemory`, the thrown error's name … */
      readonly errorType: string;
      readonly payload: Buffer;
      readonly usage: InvocationUsage;
      readonly logTail?: string;
    };

/** Runs function code. One per Lambda service instance; it owns every worker process it starts. */
export interface FunctionExecutor {
  /**
   * Runs one invocation on a warm worker of this exact version and revision, or a pre-started one, or a new one.
   * Never rejects for anything the function does: the outcome says how it went. Rejects only when the
   * executor is closed or `request.signal` aborts first.
   */
  invoke(spec: FunctionVersionSpec, request: InvocationRequest): Promise<InvocationOutcome>;
  /**
   * Forgets the warm workers of a function (all versions when `version` is absent), after its code or
   * configuration changed or it was deleted; running invocations finish first.
   */
  retire(accountId: string, region: string, functionName: string, version?: string): void;
  /** Kills every worker (and its children) and refuses new invocations. */
  close(): Promise<void>;
}

/** A log line a worker wrote, for the service layer to send to CloudWatch Logs. */
export interface FunctionLogLine {
  readonly timestamp: number;
  readonly message: string;
}

/** What the runtime reports outside invocation results, so the service layer can write logs and metrics. */
export interface ExecutorEvents {
  /**
   * Lines for `spec.logGroup`, stream `YYYY/MM/DD/[$LATEST]<worker id>` as AWS names them; START/END/REPORT
   * lines included, as AWS writes them.
   */
  log(spec: FunctionVersionSpec, logStreamName: string, lines: readonly FunctionLogLine[]): void;
}
