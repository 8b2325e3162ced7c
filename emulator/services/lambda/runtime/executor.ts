import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Clock } from "../../../core/clock.js";
import type {
  ExecutorEvents,
  FunctionExecutor,
  FunctionLogLine,
  FunctionVersionSpec,
  InvocationOutcome,
  InvocationRequest,
} from "../execution.js";
import { CodeCache } from "./codeCache.js";
import { workerEnvironment } from "./environment.js";
import { InvocationLog } from "./invocationLog.js";
import { functionOutcome, unavailableOutcome } from "./outcomes.js";
import { endLine, initReportLine, logStreamName, reportLine, startLine, usageOf } from "./platformLines.js";
import { Reaper } from "./reaper.js";
import { PrestartPool } from "./prestartPool.js";
import { bootstrapFolder, launchFor } from "./runtimes.js";
import type { RunResult } from "./worker.js";
import { Worker } from "./worker.js";

export interface ExecutorOptions {
  readonly events: ExecutorEvents;
  readonly clock: Clock;
  /** Where unpacked deployment packages are kept (the data dir's, or a temp folder). */
  readonly codeDir: string;
  /** Pre-started Node workers kept ready per memory size (default 1; 0 turns the pool off). */
  readonly poolSize?: number;
  /** Memory sizes to pre-start workers for at once (default: Lambda's default, 128 MB). */
  readonly prestartMemorySizes?: readonly number[];
}

/** A worker given to one function version, with the log stream it writes to. */
interface Placed {
  readonly worker: Worker;
  readonly key: string;
  readonly spec: FunctionVersionSpec;
  readonly streamName: string;
  /** The log of the invocation in progress, or undefined while the worker is idle. */
  log: InvocationLog | undefined;
  retired: boolean;
  /** When the role session in its environment expires (epoch ms): it is not reused past that. */
  readonly credentialsExpireAt: number;
}

/** Variables Node reads only as it starts. */
const NODE_STARTUP: ReadonlySet<string> = new Set([
  "NODE_OPTIONS",
  "NODE_EXTRA_CA_CERTS",
  "UV_THREADPOOL_SIZE",
]);

function versionKey(accountId: string, region: string, functionName: string, version?: string): string {
  return [accountId, region, functionName, ...(version === undefined ? [] : [version])].join("\u0000");
}

/** An X-Ray trace header of AWS's form: `Root=1-<epoch seconds, hex>-<96 random bits, hex>`. */
function traceId(now: number): string {
  const random = randomUUID().replace(/-/g, "").slice(0, 24);
  return `Root=1-${Math.floor(now / 1000).toString(16)}-${random};Sampled=0`;
}

function stoppedError(): Error {
  return new Error("The Lambda runtime is stopped.");
}

function abortError(): Error {
  const error = new Error("The invocation was abandoned before it ended.");
  error.name = "AbortError";
  return error;
}

/**
 * Runs function code in worker processes: warm workers per (function, version, revision), a small pool of
 * pre-started Node workers per memory size, and a fresh worker when neither is there. Every worker is killed by
 * `close()`, and by the reaper if the emulator dies.
 */
export class WorkerExecutor implements FunctionExecutor {
  private readonly idle = new Map<string, Placed[]>();
  private readonly busy = new Set<Placed>();
  private readonly pool: PrestartPool;
  private readonly codes: CodeCache;
  private readonly reaper: Reaper;
  private readonly runtimeDir = bootstrapFolder();
  private closed = false;

  constructor(private readonly options: ExecutorOptions) {
    mkdirSync(options.codeDir, { recursive: true });
    this.codes = new CodeCache(options.codeDir);
    this.reaper = new Reaper(join(this.runtimeDir, "reaper.mjs"));
    this.pool = new PrestartPool({
      size: options.poolSize ?? 1,
      clock: options.clock,
      reaper: this.reaper,
      cwd: options.codeDir,
    });
    for (const size of options.prestartMemorySizes ?? [128]) this.pool.fill(size);
  }

  /** Resolves once every pre-started worker has loaded its runtime client and waits for a function. */
  async poolReady(): Promise<void> {
    await this.reaper.holdWhile(this.pool.ready());
  }

  async invoke(spec: FunctionVersionSpec, request: InvocationRequest): Promise<InvocationOutcome> {
    if (this.closed) throw stoppedError();
    if (request.signal.aborted) throw abortError();
    const run = this.reaper.holdWhile(this.run(spec, request)).then((outcome) => {
      // A worker killed by close() ended the invocation: that is the executor's doing, not the function's.
      if (this.closed) throw stoppedError();
      return outcome;
    });
    return new Promise<InvocationOutcome>((resolve, reject) => {
      // An abandoned invocation keeps running, as in AWS; only its caller stops waiting.
      const abandon = () => reject(abortError());
      request.signal.addEventListener("abort", abandon, { once: true });
      run.then(resolve, reject).finally(() => request.signal.removeEventListener("abort", abandon));
    });
  }

  retire(accountId: string, region: string, functionName: string, version?: string): void {
    const prefix = versionKey(accountId, region, functionName, version);
    const matches = (key: string) => key === prefix || key.startsWith(`${prefix}\u0000`);
    for (const [key, placed] of this.idle) {
      if (!matches(key)) continue;
      this.idle.delete(key);
      for (const { worker } of placed) worker.kill();
    }
    for (const placed of this.busy) if (matches(placed.key)) placed.retired = true;
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...[...this.idle.values()].flat(), ...this.busy].map((placed) => placed.worker);
    this.idle.clear();
    const stopped = Promise.allSettled([...workers.map((worker) => worker.stop()), this.pool.close()]);
    await this.reaper.holdWhile(stopped);
    this.reaper.close();
  }

  private async run(spec: FunctionVersionSpec, request: InvocationRequest): Promise<InvocationOutcome> {
    const started = performance.now();
    const placed = await this.place(spec, request);
    if ("outcome" in placed) return placed.outcome;
    if (this.closed) {
      // close() ran while the worker started: it was not there to be killed.
      placed.worker.kill();
      throw stoppedError();
    }
    this.busy.add(placed);
    const log = new InvocationLog((lines) => this.options.events.log(spec, placed.streamName, lines));
    placed.log = log;
    try {
      const initEnded = await placed.worker.initialise();
      const initDuration = placed.worker.takeInitDuration();
      if (initEnded !== undefined) {
        await placed.worker.stop();
        const failed = functionOutcome(initEnded, request.requestId, this.options.clock.now());
        if (failed.kind === "function-error") {
          const initDurationMs = initDuration ?? performance.now() - started;
          log.add(this.platformLine(initReportLine(initDurationMs, failed.errorType)));
        }
        return this.finish(placed, request, initEnded, performance.now() - started, undefined);
      }
      log.add(this.platformLine(startLine(request.requestId, spec.version)));
      const invokeStarted = performance.now();
      const result = await placed.worker.invoke(
        {
          requestId: request.requestId,
          payload: request.payload,
          // The worker compares the deadline with its own wall clock, so it is wall-clock time, whatever
          // clock the emulator runs on (a test's manual clock included).
          deadlineMs: Date.now() + spec.timeoutSeconds * 1000,
          invokedFunctionArn: spec.functionArn,
          traceId: traceId(this.options.clock.now()),
          ...(request.clientContext === undefined
            ? {}
            : { clientContext: Buffer.from(request.clientContext, "base64").toString("utf8") }),
        },
        spec.timeoutSeconds * 1000,
      );
      if (result.kind === "timeout" || result.kind === "exit") {
        placed.worker.maxMemoryUsedMb();
        await placed.worker.stop();
      }
      return this.finish(placed, request, result, performance.now() - invokeStarted, initDuration);
    } finally {
      this.busy.delete(placed);
      this.release(placed);
    }
  }

  /** Writes the invocation's log (START … END, REPORT) and turns the run's result into AWS's outcome. */
  private finish(
    placed: Placed,
    request: InvocationRequest,
    result: RunResult,
    durationMs: number,
    initDurationMs: number | undefined,
  ): InvocationOutcome {
    const { spec } = placed;
    const log =
      placed.log ?? new InvocationLog((lines) => this.options.events.log(spec, placed.streamName, lines));
    const outcome = functionOutcome(result, request.requestId, this.options.clock.now());
    if (outcome.logLine !== undefined) log.add(this.platformLine(outcome.logLine));
    // A worker killed for its memory used all of it; AWS reports the function's memory size then.
    const memoryUsed =
      result.kind === "exit" && result.outOfMemory ? spec.memorySizeMb : placed.worker.maxMemoryUsedMb();
    const usage = usageOf(durationMs, initDurationMs, Math.min(memoryUsed, spec.memorySizeMb));
    if (log.started) log.add(this.platformLine(endLine(request.requestId)));
    log.add(this.platformLine(reportLine(request.requestId, usage, spec.memorySizeMb)));
    log.flush();
    placed.log = undefined;
    const logResult = request.tailLog ? { logTail: log.tailBase64() } : {};
    if (outcome.kind === "success") return { kind: "success", payload: outcome.payload, usage, ...logResult };
    return {
      kind: "function-error",
      errorType: outcome.errorType,
      payload: outcome.payload,
      usage,
      ...logResult,
    };
  }

  private platformLine(message: string): FunctionLogLine {
    return { timestamp: this.options.clock.now(), message };
  }

  /** A warm worker of this version and revision, else a pre-started one, else a new one. */
  private async place(
    spec: FunctionVersionSpec,
    request: InvocationRequest,
  ): Promise<Placed | { outcome: InvocationOutcome }> {
    const key = `${versionKey(spec.accountId, spec.region, spec.functionName, spec.version)}\u0000${spec.revision}`;
    const warm = this.warmWorker(key, spec.timeoutSeconds * 1000);
    if (warm !== undefined) return warm;
    let taskRoot: string;
    try {
      taskRoot = this.codes.folder(spec.codeSha256, spec.code);
    } catch (error) {
      return {
        outcome: unavailableOutcome(
          `The deployment package could not be unpacked (${(error as Error).message}): upload a valid .zip file.`,
        ),
      };
    }
    const launch = launchFor(spec.runtime, spec.memorySizeMb, taskRoot);
    if ("unavailable" in launch) return { outcome: unavailableOutcome(launch.unavailable) };
    const streamName = logStreamName(this.options.clock.now(), spec.version);
    const environment = workerEnvironment(spec, request, {
      taskRoot,
      runtimeDir: this.runtimeDir,
      logStreamName: streamName,
      libraryPaths: [],
    });
    // NODE_OPTIONS and the like act when Node starts: a function that sets any needs a process of its own.
    const startupVariables = Object.keys(spec.environment).some((name) => NODE_STARTUP.has(name));
    const prestarted =
      launch.prestartable && !startupVariables ? await this.pool.take(spec.memorySizeMb) : undefined;
    let worker: Worker;
    if (prestarted !== undefined) {
      worker = prestarted;
      worker.assign(environment);
    } else {
      worker = await Worker.start({
        launch,
        clock: this.options.clock,
        reaper: this.reaper,
        environment,
        cwd: taskRoot,
      });
    }
    // The next first invocation of this memory size finds a worker ready.
    if (launch.prestartable) this.pool.fill(spec.memorySizeMb);
    worker.limitMemory(spec.memorySizeMb);
    const placed: Placed = {
      worker,
      key,
      spec,
      streamName,
      log: undefined,
      retired: false,
      credentialsExpireAt: request.credentials.expiresAt,
    };
    worker.onLine = (line) => {
      if (placed.log !== undefined) placed.log.add(line);
      else this.options.events.log(spec, streamName, [line]);
    };
    return placed;
  }

  /**
   * The most recently used idle worker of `key` whose credentials outlast an invocation; the ones whose session
   * would expire first are let go (their replacement gets the new invocation's session).
   */
  private warmWorker(key: string, timeoutMs: number): Placed | undefined {
    const list = this.idle.get(key);
    for (let placed = list?.pop(); placed !== undefined; placed = list?.pop()) {
      if (placed.credentialsExpireAt > this.options.clock.now() + timeoutMs) return placed;
      placed.worker.kill();
    }
    return undefined;
  }

  /** Returns a worker that can serve again to its version's warm list; a dead or retired one is let go. */
  private release(placed: Placed): void {
    if (this.closed || placed.retired || !placed.worker.alive) {
      placed.worker.kill();
      return;
    }
    let list = this.idle.get(placed.key);
    if (list === undefined) this.idle.set(placed.key, (list = []));
    list.push(placed);
  }
}
