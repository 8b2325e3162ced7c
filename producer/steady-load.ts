import type { ProducerEvent } from "./config.js";
import type { Producer, PublishResult } from "./producer.js";
import { sampleEvents } from "./sample-events.js";

export interface SteadyLoad {
  readonly ratePerSecond: number;
  /** Share of the sample events broken on purpose (sent unchecked when above 0). */
  readonly malformedShare: number;
  /** Stops the load; @default runs until `signal` aborts */
  readonly durationMs?: number;
  readonly signal: AbortSignal;
  /** Each slice's events with their results, as they come back. */
  readonly onResults: (events: readonly ProducerEvent[], results: readonly PublishResult[]) => void;
}

/** Load is sent in slices this long, so a rate is kept smoothly rather than in one burst a second. */
const SLICE_MS = 100;

/** Publishes generated sample events at a steady rate, carrying fractions of an event over between slices. */
export async function publishSteadily(producer: Producer, load: SteadyLoad): Promise<void> {
  const ends = load.durationMs === undefined ? Infinity : Date.now() + load.durationMs;
  let owed = 0;
  while (!load.signal.aborted && Date.now() < ends) {
    const sliceStarted = Date.now();
    owed += load.ratePerSecond * (SLICE_MS / 1000);
    const count = Math.floor(owed);
    owed -= count;
    if (count > 0) {
      const events = sampleEvents(count, load.malformedShare);
      load.onResults(events, await producer.publish(events, { validate: load.malformedShare === 0 }));
    }
    await pause(Math.max(0, SLICE_MS - (Date.now() - sliceStarted)), load.signal);
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
