import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Clock, Timer } from "../../../core/clock.js";
import type { FunctionLogLine } from "../execution.js";
import { readLines } from "./lineReader.js";
import type { Reaper } from "./reaper.js";
import type { RuntimeLaunch } from "./runtimes.js";
import { RuntimeApiServer, type RuntimeInvocation, type RuntimeReport } from "./runtimeApi.js";

/** How one invocation on a worker ended, before it is turned into AWS's outcome. */
export type RunResult =
  | { readonly kind: "response"; readonly payload: Buffer }
  | { readonly kind: "error"; readonly errorType: string; readonly payload: Buffer }
  | { readonly kind: "init-error"; readonly errorType: string; readonly payload: Buffer }
  | { readonly kind: "too-large"; readonly size: number }
  | { readonly kind: "timeout"; readonly seconds: number }
  | { readonly kind: "exit"; readonly detail: string; readonly outOfMemory: boolean };

/** What the runtime client writes after an invocation's last line (see bootstrap/node-runtime.mjs). */
const END_MARKER = "\u0000eda:invocation-end:";
/** AWS gives a function's init phase 10 seconds. */
export const INIT_LIMIT_MS = 10_000;
const MEMORY_SAMPLE_MS = 50;
const V8_OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|MemoryError/;
/** Go's names for signals, as AWS's `Runtime exited with error: signal: …` prints them. */
const SIGNAL_NAMES: Readonly<Record<string, string>> = {
  SIGKILL: "killed",
  SIGABRT: "aborted",
  SIGSEGV: "segmentation fault",
  SIGTERM: "terminated",
  SIGTRAP: "trace/breakpoint trap",
};

/** A process's resident memory now and at its peak, in MB, from Linux's /proc (0 where there is none). */
function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  if (pid === undefined) return { rss: 0, peak: 0 };
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

export interface WorkerOptions {
  readonly launch: RuntimeLaunch;
  readonly clock: Clock;
  readonly reaper: Reaper;
  /** The full environment (a fresh worker), or undefined for a pre-started one, given it later by `assign`. */
  readonly environment: Readonly<Record<string, string>> | undefined;
  readonly cwd: string;
}

/**
 * One worker process and its Runtime API: started, initialised once, then given invocations one at a time.
 * It dies for good on a timeout, an exit, running out of memory or a failed init; the executor replaces it.
 */
export class Worker {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private exitDetail: string | undefined;
  private closed = false;
  private outOfMemory = false;
  private initialised = false;
  private initStartedAt = performance.now();
  private initEndedAt: number | undefined;
  private initFailure: RuntimeReport | undefined;
  private report: RuntimeReport | undefined;
  private readonly markers = { stdout: new Set<string>(), stderr: new Set<string>() };
  private wake: () => void = () => {};
  private environment: string | undefined;
  private memoryLimitMb = Number.POSITIVE_INFINITY;
  private sampledPeakMb = 0;
  private markWaiting: () => void = () => {};
  /** Resolves when a pre-started worker has loaded its runtime client and waits for its function. */
  readonly waiting = new Promise<void>((resolve) => (this.markWaiting = resolve));
  /** Where the worker's lines go (the executor attributes them to an invocation or to the worker). */
  onLine: (line: FunctionLogLine) => void = () => {};

  private constructor(
    private readonly api: RuntimeApiServer,
    private readonly options: WorkerOptions,
  ) {
    const environment = options.environment ?? {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      EDA_PRESTARTED: "1",
    };
    this.child = spawn(options.launch.command, [...options.launch.args], {
      cwd: options.cwd,
      env: { ...environment, AWS_LAMBDA_RUNTIME_API: api.address },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that killing the worker also kills whatever the function spawned.
      detached: true,
    });
    if (this.child.pid !== undefined) options.reaper.watch(this.child.pid);
    this.child.unref();
    readLines(this.child.stdout, (text) => this.line(text, "stdout"));
    readLines(this.child.stderr, (text) => this.line(text, "stderr"));
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        this.exitDetail ??=
          signal === null ? `exit status ${code ?? 0}` : `signal: ${SIGNAL_NAMES[signal] ?? signal}`;
        // Whatever the function started goes with it (and lets go of the worker's pipes).
        this.kill();
      });
      const finish = () => {
        if (this.closed) return;
        this.closed = true;
        if (this.child.pid !== undefined) options.reaper.forget(this.child.pid);
        void api.close();
        this.wake();
        resolve();
      };
      this.child.once("error", (error) => {
        this.exitDetail ??= `fork/exec ${options.launch.command}: ${error.message}`;
        // A process that never started has no pipes to drain.
        if (this.child.pid === undefined) finish();
      });
      // `close` comes once the pipes are drained too, so every line the worker wrote has been read.
      this.child.once("close", finish);
    });
  }

  /** Starts a worker: with `environment` it initialises at once, without it waits for `assign`. */
  static async start(options: WorkerOptions): Promise<Worker> {
    // The server exists before its worker (the worker is spawned with its address): calls reach it through this.
    const owner: { worker?: Worker } = {};
    const api = await RuntimeApiServer.start({
      onNext: () => owner.worker?.nextCalled(),
      onReport: (report) => owner.worker?.reported(report),
      assignment: () => owner.worker?.environment,
      onAssignmentRequested: () => owner.worker?.markWaiting(),
    });
    owner.worker = new Worker(api, options);
    return owner.worker;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return !this.closed;
  }

  /** Gives a pre-started worker its function; its init starts now. */
  assign(environment: Readonly<Record<string, string>>): void {
    this.environment = JSON.stringify({ ...environment, AWS_LAMBDA_RUNTIME_API: this.api.address });
    this.initStartedAt = performance.now();
    this.api.assigned();
  }

  /** The RSS above which the worker is killed as out of memory (the function's memory size). */
  limitMemory(megabytes: number): void {
    this.memoryLimitMb = megabytes;
  }

  /** Milliseconds from the start of init to the runtime's first `next`, once. */
  takeInitDuration(): number | undefined {
    if (this.initEndedAt === undefined) return undefined;
    const duration = this.initEndedAt - this.initStartedAt;
    this.initEndedAt = undefined;
    return duration;
  }

  /**
   * Peak resident memory so far, in MB (the REPORT line's Max Memory Used); for a worker that has died, the
   * peak of its last sample.
   */
  maxMemoryUsedMb(): number {
    this.sampledPeakMb = Math.max(this.sampledPeakMb, memoryOf(this.child.pid).peak);
    return this.sampledPeakMb;
  }

  /**
   * Waits for the runtime's init (bounded by AWS's 10 s): undefined once it asks for work, else how it ended
   * (a failed init also kills the worker).
   */
  async initialise(): Promise<RunResult | undefined> {
    const ended = await this.waitFor(INIT_LIMIT_MS, () => this.initialised || this.initFailure !== undefined);
    if (ended !== undefined) return ended;
    if (this.initFailure?.kind !== "init-error") return undefined;
    this.kill();
    return { kind: "init-error", errorType: this.initFailure.errorType, payload: this.initFailure.payload };
  }

  /** Runs one invocation on an initialised worker, bounded by `timeoutMs`. */
  async invoke(invocation: RuntimeInvocation, timeoutMs: number): Promise<RunResult> {
    this.report = undefined;
    this.markers.stdout.clear();
    this.markers.stderr.clear();
    this.api.offer(invocation);
    const id = invocation.requestId;
    const sampler = this.options.clock.every(MEMORY_SAMPLE_MS, () => this.checkMemory());
    try {
      const marked = () =>
        !this.options.launch.marksInvocationEnd ||
        (this.markers.stdout.has(id) && this.markers.stderr.has(id));
      const result = await this.waitFor(timeoutMs, () => this.report !== undefined && marked());
      // A runtime that reported and then exited (an uncaught exception after its error) still reported.
      if (result !== undefined) return result.kind === "exit" ? (this.reportResult() ?? result) : result;
    } finally {
      sampler.cancel();
    }
    return this.reportResult() ?? this.exitResult();
  }

  /** What the runtime reported for the invocation in progress, if it did. */
  private reportResult(): RunResult | undefined {
    const report = this.report;
    if (report?.kind === "response") return { kind: "response", payload: report.payload };
    if (report?.kind === "error")
      return { kind: "error", errorType: report.errorType, payload: report.payload };
    if (report?.kind === "response-too-large") return { kind: "too-large", size: report.size };
    return undefined;
  }

  /** Kills the worker's whole process group. */
  kill(): void {
    if (this.child.pid === undefined || this.closed) return;
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }

  /** Kills the worker and waits until it is gone. */
  async stop(): Promise<void> {
    this.kill();
    await this.exited;
  }

  /**
   * Resolves undefined once `done()` holds, or the worker's end (exit, timeout) as its result. Timeouts kill.
   */
  private async waitFor(limitMs: number, done: () => boolean): Promise<RunResult | undefined> {
    let timedOut = false;
    const timer: Timer = this.options.clock.after(limitMs, () => {
      timedOut = true;
      this.kill();
      this.wake();
    });
    try {
      while (!done()) {
        if (timedOut) return { kind: "timeout", seconds: limitMs / 1000 };
        if (!this.alive) return this.exitResult();
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
      return undefined;
    } finally {
      timer.cancel();
    }
  }

  private exitResult(): RunResult {
    return { kind: "exit", detail: this.exitDetail ?? "signal: killed", outOfMemory: this.outOfMemory };
  }

  private checkMemory(): void {
    const { rss, peak } = memoryOf(this.child.pid);
    this.sampledPeakMb = Math.max(this.sampledPeakMb, peak);
    if (rss <= this.memoryLimitMb) return;
    this.outOfMemory = true;
    this.kill();
  }

  private nextCalled(): void {
    if (!this.initialised) {
      this.initialised = true;
      this.initEndedAt = performance.now();
      this.maxMemoryUsedMb();
    }
    this.wake();
  }

  private reported(report: RuntimeReport): void {
    if (report.kind === "init-error") this.initFailure = report;
    else this.report = report;
    this.wake();
  }

  private line(text: string, name: "stdout" | "stderr"): void {
    if (text.startsWith(END_MARKER)) {
      this.markers[name].add(text.slice(END_MARKER.length));
      this.wake();
      return;
    }
    if (text.length === 0) return;
    if (V8_OUT_OF_MEMORY.test(text)) this.outOfMemory = true;
    // The runtime client writes a multi-line message as one line with carriage returns: one log event.
    this.onLine({ timestamp: this.options.clock.now(), message: text.replace(/\r/g, "\n") });
  }
}
