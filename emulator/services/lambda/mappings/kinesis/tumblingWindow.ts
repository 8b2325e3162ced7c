import type { KinesisStreamRecord } from "../../../../core/interfaces.js";

/** AWS's limit on a window's state per shard: past it the window is terminated early. */
export const MAX_WINDOW_STATE_BYTES = 1024 * 1024;

/** An open tumbling window of one slot: its bounds and the state the function returned last. */
export interface OpenWindow {
  readonly start: number;
  readonly end: number;
  state: Record<string, unknown>;
}

/**
 * The window a record falls in. Windows are fixed, back to back and aligned to the epoch (a 120-second window
 * runs 07:04:00–07:06:00), chosen by the record's approximate arrival time.
 */
export function windowStartOf(record: KinesisStreamRecord, lengthMs: number): number {
  return Math.floor(record.approximateArrivalTimestamp / lengthMs) * lengthMs;
}

/**
 * The `state` of a response under a tumbling window. AWS: "if the response does not contain a state
 * property, Lambda considers this a failed invocation"; undefined then.
 */
export function stateOf(payload: Buffer): Record<string, unknown> | undefined {
  try {
    const response = JSON.parse(payload.toString("utf8")) as unknown;
    if (response === null || typeof response !== "object") return undefined;
    const state = (response as { state?: unknown }).state;
    if (state === null || typeof state !== "object" || Array.isArray(state)) return undefined;
    return state as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
