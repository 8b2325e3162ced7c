import { spawn, type ChildProcess } from "node:child_process";
import type { Socket } from "node:net";

/**
 * The watchdog process that kills every worker's process group when the emulator dies (see
 * `bootstrap/reaper.mjs`). Neither it nor its pipe keeps the emulator running.
 */
export class Reaper {
  private readonly child: ChildProcess;

  constructor(script: string) {
    this.child = spawn(process.execPath, [script], { stdio: ["pipe", "ignore", "ignore"], detached: true });
    this.child.on("error", () => {});
    this.child.stdin?.on("error", () => {});
    this.child.unref();
    (this.child.stdin as Socket | null)?.unref();
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
