import { spawn, type ChildProcess } from "node:child_process";
import type { Socket } from "node:net";

/**
 * The watchdog process that kills every worker's process group when the emulator dies (see
 * `bootstrap/reaper.mjs`). Neither it nor its pipe keeps the emulator running.
 */
export class Reaper {
  private readonly child: ChildProcess;
  private holders = 0;

  constructor(script: string) {
    this.child = spawn(process.execPath, [script], { stdio: ["pipe", "ignore", "ignore"], detached: true });
    this.child.on("error", () => {});
    this.child.stdin?.on("error", () => {});
    this.child.unref();
    (this.child.stdin as Socket | null)?.unref();
  }

  /**
   * Keeps the process alive while `work` runs (its handle is the one every worker shares); otherwise neither
   * idle workers nor the reaper hold the emulator open.
   */
  async holdWhile<T>(work: Promise<T>): Promise<T> {
    if (this.holders++ === 0) this.child.ref();
    try {
      return await work;
    } finally {
      if (--this.holders === 0) this.child.unref();
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  watch(pid: number): void {
    this.child.stdin?.write(`+${pid}\n`);
  }

  forget(pid: number): void {
    this.child.stdin?.write(`-${pid}\n`);
  }

  /** Ends the pipe: the reaper kills whatever is still listed and exits. */
  close(): void {
    this.child.stdin?.end();
  }
}
