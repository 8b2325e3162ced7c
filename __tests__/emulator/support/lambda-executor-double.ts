/**
 * A FunctionExecutor that runs no code: each invocation gets the outcome a test scripted, so the service layer's
 * throttling, retries, destinations, metrics and logs can be driven exactly. Invocations can be held open to
 * test concurrency.
 */
import type { ServiceRegistration } from "../../../emulator/core/service.js";
import { lambdaServiceFactory } from "../../../emulator/services/lambda/index.js";
import type { PollerKind } from "../../../emulator/services/lambda/mappings/poller.js";
import { serviceRegistrations } from "../../../emulator/services/registry.js";
import type {
  ExecutorEvents,
  FunctionExecutor,
  FunctionVersionSpec,
  InvocationOutcome,
  InvocationRequest,
} from "../../../emulator/services/lambda/execution.js";

export type Script = (
  spec: FunctionVersionSpec,
  request: InvocationRequest,
) => InvocationOutcome | Promise<InvocationOutcome>;

const USAGE = { durationMs: 12.5, billedDurationMs: 13, maxMemoryUsedMb: 60 };

/** The function returned `payload` (JSON-encoded). */
export function succeed(payload: unknown): Script {
  return () => ({ kind: "success", payload: Buffer.from(JSON.stringify(payload)), usage: USAGE });
}

/** The function threw `errorType` with `errorMessage`, as the runtime reports it. */
export function fail(errorType: string, errorMessage: string): Script {
  return () => ({
    kind: "function-error",
    errorType,
    payload: Buffer.from(JSON.stringify({ errorType, errorMessage, trace: [] })),
    usage: USAGE,
  });
}

export class ScriptedExecutor implements FunctionExecutor {
  readonly calls: { spec: FunctionVersionSpec; request: InvocationRequest }[] = [];
  readonly retired: string[] = [];
  events: ExecutorEvents | undefined;
  script: Script = succeed(null);
  private readonly held: (() => void)[] = [];
  private holding = false;

  /** The factory the Lambda service is given. */
  readonly factory = (events: ExecutorEvents): FunctionExecutor => {
    this.events = events;
    return this;
  };

  /** From now on invocations wait until `release()`. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const resume of this.held.splice(0)) resume();
  }

  async invoke(spec: FunctionVersionSpec, request: InvocationRequest): Promise<InvocationOutcome> {
    this.calls.push({ spec, request });
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    return this.script(spec, request);
  }

  retire(_accountId: string, _region: string, functionName: string, version?: string): void {
    this.retired.push(version === undefined ? functionName : `${functionName}:${version}`);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Every registered service, with Lambda running on `executor` instead of worker processes (and, when given,
 * these event source mapping pollers instead of the emulator's own).
 */
export function servicesWithExecutor(
  executor: ScriptedExecutor,
  pollerKinds?: readonly PollerKind[],
): ServiceRegistration[] {
  return serviceRegistrations.map((registration) =>
    registration.name === "lambda"
      ? {
          ...registration,
          load: () => Promise.resolve(lambdaServiceFactory({ executor: executor.factory, pollerKinds })),
        }
      : registration,
  );
}
