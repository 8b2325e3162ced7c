import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DemoState } from "../../scripts/start/demo-view.js";
import { PROJECT_ROOT } from "../../scripts/terraform/workspace.js";

const stateDir = mkdtempSync(path.join(tmpdir(), "eda-npm-start-"));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

/** `npm start` as npm runs it, bounded by --duration; not a terminal, so it prints its last screen as JSON. */
function npmStart(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/start/main.ts", "--state-dir", stateDir, "--port", "0", ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start", () => {
  it("applies the local environment to a fresh emulator and shows events flowing through it", async () => {
    const run = await npmStart("--duration", "6", "--rate", "30");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/• terraform apply: [\d.]+ s \(\d+ added, 0 changed, 0 destroyed\)/);
    const screen = JSON.parse(run.stdout) as DemoState;
    expect(screen.published).toBeGreaterThan(0);
    const delivered = Object.fromEntries(screen.queues.map((queue) => [queue.label, queue.delivered]));
    // audit takes every event; orders only the order events its filter policy lets through.
    expect(delivered.audit).toBeGreaterThan(0);
    expect(delivered.orders).toBeGreaterThan(0);
    expect(delivered.orders).toBeLessThan(delivered.audit);
    expect(screen.streamRecords).toBeGreaterThan(0);
    // The whole stack is applied: the stream's mapping invokes the Lambda consumer.
    expect(screen.lambda?.invocations).toBeGreaterThan(0);
    expect(screen.latency?.count).toBeGreaterThan(0);
    expect(screen.alarms.map((alarm) => alarm.name)).toContain("eda-local-orders-dlq-not-empty");
  });

  it("finds everything in place on a second run and changes nothing", async () => {
    const run = await npmStart("--duration", "2");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("checking the deployed resources");
    expect(run.stderr).toMatch(/\(0 added, 0 changed, 0 destroyed\)/);
  });
});
