import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PARENT = fileURLToPath(new URL("./test-parent.ts", import.meta.url));

/** Pids whose parent is `pid`, from Linux's /proc. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 (after the parenthesised command, which may hold spaces) is the parent pid.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return children;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
}

describe("Lambda executor: the emulator's death", () => {
  it("takes every worker with it, a busy-looping one and a pre-started one included, on kill -9", async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), "eda-lambda-death-")), "worker.pid");
    const parent = spawn(process.execPath, ["--import", "tsx", PARENT, pidFile], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const parentPid = parent.pid ?? 0;
    await new Promise<void>((resolve, reject) => {
      parent.stdout.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) resolve();
      });
      parent.once("exit", () => reject(new Error("the parent exited early")));
    });
    await expect.poll(() => existsSync(pidFile) && readFileSync(pidFile, "utf8").length > 0).toBe(true);
    const busyWorker = Number(readFileSync(pidFile, "utf8"));
    const children = childrenOf(parentPid);
    // The busy worker, the pre-started spare, and the reaper.
    expect(children).toContain(busyWorker);
    expect(children.length).toBeGreaterThanOrEqual(3);
    expect(children.every(alive)).toBe(true);
    process.kill(parentPid, "SIGKILL");
    await expect.poll(() => children.filter(alive), { timeout: 10_000 }).toEqual([]);
  });
});
