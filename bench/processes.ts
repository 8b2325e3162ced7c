import { spawn, execFileSync } from "node:child_process";
import type { ChildProcess, SpawnOptions } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/**
 * Every process and temp dir the bench starts is registered here, so that a normal end, a failure and Ctrl-C
 * all leave the machine as it was.
 */

const liveChildren = new Set<ChildProcess>();
const tempDirs = new Set<string>();

/** Starts a child in its own process group, so stopping it also stops whatever it spawned (pyenv shims do). */
export function spawnTracked(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options, detached: true });
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  // A server that has exited cannot be waited on later; remember the error instead of crashing the bench.
  child.once("error", () => liveChildren.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function stopProcess(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Resolves with the first line of the child's stdout or stderr that matches, or rejects on exit/timeout. */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      for (const line of seen.split("\n")) {
        const match = pattern.exec(line);
        if (match !== null) {
          finish();
          resolve(match);
          return;
        }
      }
    };
    const onExit = (code: number | null): void => {
      finish();
      reject(
        new Error(`process exited (code ${code}) before printing ${pattern}; output:\n${seen.slice(-2000)}`),
      );
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; output:\n${seen.slice(-2000)}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      // Keep draining the pipes: a server blocked on a full stdout pipe would stall the bench.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Synchronous, so it also works from `exit` and signal handlers. */
function cleanUpNow(): void {
  for (const child of liveChildren) signalGroup(child, "SIGKILL");
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

export function installCleanupHandlers(): void {
  process.once("exit", cleanUpNow);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: ${signal}, stopping every process it started\n`);
      cleanUpNow();
      process.exit(130);
    });
  }
}

const clockTicksPerSecond = ((): number => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface CpuTimes {
  /** CPU seconds the process itself used. */
  readonly own: number;
  /** CPU seconds of its children that it has already waited for (exited load generators). */
  readonly reapedChildren: number;
}

/** Reads /proc/<pid>/stat; Linux only, like the rest of the bench's resource accounting. */
export function readCpuTimes(pid: number | "self"): CpuTimes {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is parenthesised and may itself contain spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = (index: number): number => Number(fields[index]) / clockTicksPerSecond;
  return { own: ticks(11) + ticks(12), reapedChildren: ticks(13) + ticks(14) };
}

export interface MemoryUse {
  readonly rssMb: number;
  readonly peakRssMb: number;
}

export function readMemory(pid: number): MemoryUse {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
}

/** Whether an executable is on PATH, without running it (moto_server takes seconds just to print --help). */
export function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
