import type { InvocationOutcome } from "../execution.js";
import { MAX_RESPONSE_BYTES } from "./runtimeApi.js";
import type { RunResult } from "./worker.js";

/** A run's result as the invocation's outcome, with the line Lambda's platform logs for it, if any. */
export type FunctionResult = (
  | { readonly kind: "success"; readonly payload: Buffer }
  | { readonly kind: "function-error"; readonly errorType: string; readonly payload: Buffer }
) & { readonly logLine?: string };

function errorDocument(errorType: string, errorMessage: string): Buffer {
  return Buffer.from(JSON.stringify({ errorType, errorMessage }));
}

/** AWS's outcomes for what a worker did: its response, its error, or how the platform ended it. */
export function functionOutcome(result: RunResult, requestId: string, now: number): FunctionResult {
  switch (result.kind) {
    case "response":
      return { kind: "success", payload: result.payload };
    case "error":
    case "init-error":
      return { kind: "function-error", errorType: result.errorType, payload: result.payload };
    case "too-large":
      return {
        kind: "function-error",
        errorType: "Function.ResponseSizeTooLarge",
        payload: errorDocument(
          "Function.ResponseSizeTooLarge",
          `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
        ),
      };
    case "timeout": {
      const message = `Task timed out after ${result.seconds.toFixed(2)} seconds`;
      return {
        kind: "function-error",
        errorType: "Sandbox.Timedout",
        payload: errorDocument("Sandbox.Timedout", `RequestId: ${requestId} Error: ${message}`),
        logLine: `${new Date(now).toISOString()} ${requestId} ${message}`,
      };
    }
    case "exit": {
      const errorType = result.outOfMemory ? "Runtime.OutOfMemory" : "Runtime.ExitError";
      const message = `RequestId: ${requestId} Error: Runtime exited with error: ${result.detail}`;
      return {
        kind: "function-error",
        errorType,
        payload: errorDocument(errorType, message),
        logLine: `${message}\n${errorType}`,
      };
    }
  }
}

/** A runtime this machine cannot run: reported as AWS reports a sandbox that cannot start. */
export function unavailableOutcome(reason: string): InvocationOutcome {
  return {
    kind: "function-error",
    errorType: "Runtime.InvalidEntrypoint",
    payload: errorDocument("Runtime.InvalidEntrypoint", reason),
    usage: { durationMs: 0, billedDurationMs: 0, maxMemoryUsedMb: 0 },
  };
}
