import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { InvocationOutcome } from "../execution.js";
import { functionSpec, invocationRequest, testExecutor, zipOf } from "./testKit.js";

const { executor, logs } = testExecutor({ poolSize: 0 });
afterAll(() => executor.close());

function json(outcome: InvocationOutcome): Record<string, unknown> {
  return JSON.parse(outcome.payload.toString("utf8")) as Record<string, unknown>;
}

function errorTypeOf(outcome: InvocationOutcome): string | undefined {
  return outcome.kind === "function-error" ? outcome.errorType : undefined;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A handler that does what the event says: hang, exit, eat memory, throw later, or report its pid. */
const MISBEHAVING = zipOf({
  "index.mjs": `
export const handler = async (event) => {
  if (event.action === "hang") for (;;) {}
  if (event.action === "exit") process.exit(3);
  if (event.action === "eat") { const kept = []; for (;;) kept.push(new Array(1e6).fill(kept.length)); }
  if (event.action === "throw-later") { setTimeout(() => { throw new TypeError("late"); }, 0); await new Promise(() => {}); }
  return { pid: process.pid };
};`,
});

describe("Lambda executor: limits and safety", () => {
  it("ends a hanging invocation with Sandbox.Timedout and AWS's timeout line, then serves the next on a new worker", async () => {
    const spec = functionSpec(MISBEHAVING, { timeoutSeconds: 1 });
    const first = json(await executor.invoke(spec, invocationRequest({})));
    const request = invocationRequest({ action: "hang" });
    const outcome = await executor.invoke(spec, request);
    expect(errorTypeOf(outcome)).toBe("Sandbox.Timedout");
    // Sampled while it ran: a worker killed for its time still reports what it used.
    expect(outcome.usage.maxMemoryUsedMb).toBeGreaterThan(0);
    expect(outcome.usage.maxMemoryUsedMb).toBeLessThan(spec.memorySizeMb);
    expect(json(outcome)).toEqual({
      errorType: "Sandbox.Timedout",
      errorMessage: `RequestId: ${request.requestId} Error: Task timed out after 1.00 seconds`,
    });
    expect(logs.messagesOf(request.requestId)).toContainEqual(
      expect.stringMatching(new RegExp(`^\\S+Z ${request.requestId} Task timed out after 1\\.00 seconds$`)),
    );
    expect(processExists(first.pid as number)).toBe(false);
    const after = await executor.invoke(spec, invocationRequest({}));
    expect(json(after).pid).not.toBe(first.pid);
    expect(after.usage.initDurationMs).toBeDefined();
  });

  it("reports process.exit as Runtime.ExitError with the exit status", async () => {
    const spec = functionSpec(MISBEHAVING);
    const request = invocationRequest({ action: "exit" });
    const outcome = await executor.invoke(spec, request);
    expect(json(outcome)).toEqual({
      errorType: "Runtime.ExitError",
      errorMessage: `RequestId: ${request.requestId} Error: Runtime exited with error: exit status 3`,
    });
  });

  it("reports a module that exits while it loads as Runtime.ExitError, with INIT_REPORT", async () => {
    const spec = functionSpec(
      zipOf({ "index.mjs": "process.exit(2);\nexport const handler = async () => 1;" }),
    );
    const request = invocationRequest({});
    const outcome = await executor.invoke(spec, request);
    expect(json(outcome)).toEqual({
      errorType: "Runtime.ExitError",
      errorMessage: `RequestId: ${request.requestId} Error: Runtime exited with error: exit status 2`,
    });
    expect(logs.messagesOf(request.requestId)).toContainEqual(
      expect.stringMatching(/^INIT_REPORT Init Duration: .*\tStatus: error\tError Type: Runtime\.ExitError$/),
    );
  });

  it("reports a function that outgrows its memory as Runtime.OutOfMemory with Max Memory Used at the limit", async () => {
    const spec = functionSpec(MISBEHAVING, { memorySizeMb: 128, timeoutSeconds: 30 });
    const request = invocationRequest({ action: "eat" });
    const outcome = await executor.invoke(spec, request);
    expect(errorTypeOf(outcome)).toBe("Runtime.OutOfMemory");
    expect(outcome.usage.maxMemoryUsedMb).toBe(128);
    expect(logs.messagesOf(request.requestId).at(-1)).toContain("Max Memory Used: 128 MB");
  });

  it("reports an exception thrown outside the handler's promise as the invocation's error", async () => {
    const spec = functionSpec(MISBEHAVING);
    const outcome = await executor.invoke(spec, invocationRequest({ action: "throw-later" }));
    expect(json(outcome)).toMatchObject({ errorType: "TypeError", errorMessage: "late" });
  });

  it("keeps serving other functions after one crashed, hung and ran out of memory", async () => {
    const spec = functionSpec(zipOf({ "index.mjs": "export const handler = async () => 'still here';" }));
    const outcome = await executor.invoke(spec, invocationRequest({}));
    expect(outcome.payload.toString()).toBe('"still here"');
  });

  it("reuses the warm worker of the same version and revision", async () => {
    const spec = functionSpec(MISBEHAVING);
    const first = await executor.invoke(spec, invocationRequest({}));
    const second = await executor.invoke(spec, invocationRequest({}));
    expect(json(second).pid).toBe(json(first).pid);
    expect(first.usage.initDurationMs).toBeDefined();
    expect(second.usage.initDurationMs).toBeUndefined();
  });

  it("does not reuse a warm worker whose role session would expire during the invocation", async () => {
    const spec = functionSpec(
      zipOf({
        "index.mjs":
          "export const handler = async () => ({ pid: process.pid, key: process.env.AWS_ACCESS_KEY_ID });",
      }),
      { timeoutSeconds: 60 },
    );
    const expiring = invocationRequest({});
    const first = json(
      await executor.invoke(spec, {
        ...expiring,
        credentials: {
          ...expiring.credentials,
          accessKeyId: "ASIAEXPIRINGSESSION1",
          expiresAt: Date.now() + 30_000,
        },
      }),
    );
    const renewed = invocationRequest({});
    const second = json(
      await executor.invoke(spec, {
        ...renewed,
        credentials: { ...renewed.credentials, accessKeyId: "ASIARENEWEDSESSION01" },
      }),
    );
    expect(first.key).toBe("ASIAEXPIRINGSESSION1");
    expect(second).toMatchObject({ key: "ASIARENEWEDSESSION01" });
    expect(second.pid).not.toBe(first.pid);
  });

  it("starts a new worker for a new revision and after the function is retired", async () => {
    const spec = functionSpec(MISBEHAVING);
    const first = json(await executor.invoke(spec, invocationRequest({})));
    const revised = json(await executor.invoke({ ...spec, revision: "revision-2" }, invocationRequest({})));
    expect(revised.pid).not.toBe(first.pid);
    executor.retire(spec.accountId, spec.region, spec.functionName);
    const retired = json(await executor.invoke(spec, invocationRequest({})));
    expect(retired.pid).not.toBe(first.pid);
    expect(processExists(first.pid as number)).toBe(false);
  });

  it("runs two concurrent invocations of one function on two workers", async () => {
    const spec = functionSpec(
      zipOf({
        "index.mjs":
          "export const handler = async () => { await new Promise((r) => setTimeout(r, 200)); return process.pid; };",
      }),
    );
    const [a, b] = await Promise.all([
      executor.invoke(spec, invocationRequest({})),
      executor.invoke(spec, invocationRequest({})),
    ]);
    expect(a.payload.toString()).not.toBe(b.payload.toString());
  });

  it("rejects when the caller's signal aborts first, and the invocation still ends and logs", async () => {
    const spec = functionSpec(
      zipOf({
        "index.mjs":
          "export const handler = async () => { await new Promise((r) => setTimeout(r, 300)); return 1; };",
      }),
    );
    const controller = new AbortController();
    const request = invocationRequest({}, { signal: controller.signal });
    const pending = executor.invoke(spec, request);
    controller.abort();
    await expect(pending).rejects.toThrow("abandoned");
    await expect
      .poll(() => logs.messagesOf(request.requestId).at(-1) ?? "", { timeout: 10_000 })
      .toMatch(/^REPORT /);
  });
});

describe("Lambda executor: pre-started pool and close", () => {
  it("serves a function's first invocation from a worker started before the function was known", async () => {
    const { executor: pooled } = testExecutor({ poolSize: 1, prestartMemorySizes: [128] });
    const { executor: unpooled } = testExecutor({ poolSize: 0 });
    try {
      // performance.timeOrigin: when the worker's process started.
      const spec = functionSpec(
        zipOf({ "index.mjs": "export const handler = async () => performance.timeOrigin;" }),
      );
      await pooled.poolReady();
      const calledAt = Date.now();
      const prestarted = await pooled.invoke(spec, invocationRequest({}));
      expect(Number(prestarted.payload.toString())).toBeLessThan(calledAt);
      expect(prestarted.usage.initDurationMs).toBeDefined();
      const freshCalledAt = Date.now();
      const fresh = await unpooled.invoke(spec, invocationRequest({}));
      expect(Number(fresh.payload.toString())).toBeGreaterThanOrEqual(freshCalledAt - 1);
    } finally {
      await Promise.all([pooled.close(), unpooled.close()]);
    }
  });

  it("starts a process of its own for a function that sets NODE_OPTIONS, which acts only at start", async () => {
    const { executor: pooled } = testExecutor({ poolSize: 1, prestartMemorySizes: [128] });
    try {
      await pooled.poolReady();
      const spec = functionSpec(
        zipOf({
          "index.mjs":
            "export const handler = async () => [performance.timeOrigin, process.sourceMapsEnabled];",
        }),
        { environment: { NODE_OPTIONS: "--enable-source-maps" } },
      );
      const calledAt = Date.now();
      const outcome = await pooled.invoke(spec, invocationRequest({}));
      const [startedAt, sourceMaps] = JSON.parse(outcome.payload.toString()) as [number, boolean];
      expect(startedAt).toBeGreaterThanOrEqual(calledAt - 1);
      expect(sourceMaps).toBe(true);
    } finally {
      await pooled.close();
    }
  });

  it("rejects an invocation in progress when the executor closes, and kills its worker", async () => {
    const { executor: closing } = testExecutor({ poolSize: 0 });
    const pidFile = join(mkdtempSync(join(tmpdir(), "eda-lambda-close-")), "worker.pid");
    const spec = functionSpec(
      zipOf({
        "index.mjs":
          'import { writeFileSync } from "node:fs";\nexport const handler = async (event) => { writeFileSync(event.pidFile, String(process.pid)); for (;;) {} };',
      }),
      { timeoutSeconds: 60 },
    );
    const pending = closing.invoke(spec, invocationRequest({ pidFile }));
    await expect.poll(() => existsSync(pidFile) && readFileSync(pidFile, "utf8").length > 0).toBe(true);
    await closing.close();
    await expect(pending).rejects.toThrow("stopped");
    expect(processExists(Number(readFileSync(pidFile, "utf8")))).toBe(false);
  });

  it("kills every worker and refuses new invocations once closed", async () => {
    const { executor: closing } = testExecutor({ poolSize: 1 });
    const spec = functionSpec(MISBEHAVING);
    const pid = json(await closing.invoke(spec, invocationRequest({}))).pid as number;
    await closing.close();
    expect(processExists(pid)).toBe(false);
    await expect(closing.invoke(spec, invocationRequest({}))).rejects.toThrow("stopped");
  });
});
