import { randomBytes } from "node:crypto";
import type { InvocationUsage } from "../execution.js";

/**
 * The lines Lambda's platform writes into a function's log around each invocation, as AWS writes them
 * (fields separated by tabs; REPORT ends with one).
 */

/** `2026/01/31/[$LATEST]0123456789abcdef0123456789abcdef`: one stream per worker, as AWS names them. */
export function logStreamName(now: number, version: string): string {
  const date = new Date(now).toISOString().slice(0, 10).replace(/-/g, "/");
  return `${date}/[${version}]${randomBytes(16).toString("hex")}`;
}

export function startLine(requestId: string, version: string): string {
  return `START RequestId: ${requestId} Version: ${version}`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

export function reportLine(requestId: string, usage: InvocationUsage, memorySizeMb: number): string {
  const fields = [
    `REPORT RequestId: ${requestId}`,
    `Duration: ${usage.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${usage.billedDurationMs} ms`,
    `Memory Size: ${memorySizeMb} MB`,
    `Max Memory Used: ${usage.maxMemoryUsedMb} MB`,
  ];
  if (usage.initDurationMs !== undefined) fields.push(`Init Duration: ${usage.initDurationMs.toFixed(2)} ms`);
  return `${fields.join("\t")}\t`;
}

/** `INIT_REPORT`, written when a function's init fails. */
export function initReportLine(initDurationMs: number, errorType: string): string {
  return `INIT_REPORT Init Duration: ${initDurationMs.toFixed(2)} ms\tPhase: init\tStatus: error\tError Type: ${errorType}`;
}

/**
 * What an invocation is billed and reported as. Since August 2025 AWS bills the init phase of on-demand
 * functions too, so Billed Duration covers init and run, rounded up to the millisecond.
 */
export function usageOf(
  durationMs: number,
  initDurationMs: number | undefined,
  maxMemoryUsedMb: number,
): InvocationUsage {
  const duration = Math.round(durationMs * 100) / 100;
  const init = initDurationMs === undefined ? undefined : Math.round(initDurationMs * 100) / 100;
  return {
    durationMs: duration,
    billedDurationMs: Math.max(1, Math.ceil(duration + (init ?? 0))),
    maxMemoryUsedMb: Math.ceil(maxMemoryUsedMb),
    ...(init === undefined ? {} : { initDurationMs: init }),
  };
}
