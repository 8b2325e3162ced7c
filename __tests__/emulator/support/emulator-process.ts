import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface EmulatorProcess {
  readonly url: string;
  readonly pid: number;
  /** Kills the process with SIGKILL: no shutdown code runs, as in a crash. */
  crash(): Promise<void>;
  /** SIGTERM, the graceful stop. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Runs `eda emulator` as its own process, from the TypeScript sources through tsx so the test never runs a
 * stale build, and resolves once it has printed its ready line and answers its health check.
 */
export async function startEmulatorProcess(
  dataDir: string,
  extraArgs: readonly string[] = [],
): Promise<EmulatorProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "cli/eda.ts", "emulator", "--port", "0", "--data-dir", dataDir, ...extraArgs],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const ready = /ready at (http:\/\/\S+)/.exec(line);
      if (ready?.[1]) resolve(ready[1]);
    });
    child.once("exit", (code, signal) =>
      reject(new Error(`eda emulator exited (${code ?? signal}) before it was ready: ${stderr}`)),
    );
  });
  const health = await fetch(`${url}/_eda/health`);
  if (health.status !== 200) throw new Error(`health check answered ${health.status}`);
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    async crash() {
      child.kill("SIGKILL");
      await exited(child);
    },
    async stop() {
      child.kill("SIGTERM");
      await exited(child);
    },
  };
}
