import type { Clock, Timer } from "../../core/clock.js";
import type { Queue } from "./queue.js";

export interface LongPoll<T> {
  queue: Queue;
  waitMs: number;
  signal: AbortSignal;
  clock: Clock;
  /** Tries to receive: some items end the wait, [] keeps waiting, undefined ends it empty (queue gone). */
  attempt: () => T[] | undefined;
}

/**
 * Waits up to `waitMs` for `attempt` to yield something, without polling: it retries when the queue reports a
 * change (a send, a visibility change, a deletion) and when the queue's index says the next delayed or
 * in-flight message becomes visible; it gives up at the deadline or when the client aborts.
 */
export function longPoll<T>({ queue, waitMs, signal, clock, attempt }: LongPoll<T>): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    let nextTimer: Timer | undefined;
    let done = false;
    const cleanUp = (): void => {
      done = true;
      deadline.cancel();
      nextTimer?.cancel();
      queue.waiters.delete(waiter);
      signal.removeEventListener("abort", onAbort);
    };
    const finish = (result: T[]): void => {
      cleanUp();
      resolve(result);
    };
    const retry = (): void => {
      if (done) return;
      let got: T[] | undefined;
      try {
        got = attempt();
      } catch (error) {
        cleanUp();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (got === undefined) return finish([]);
      if (got.length > 0) return finish(got);
      armNextTimer();
    };
    const armNextTimer = (): void => {
      nextTimer?.cancel();
      const at = queue.nextChangeAt();
      if (at === undefined) return;
      nextTimer = clock.after(Math.max(0, Math.min(at - clock.now(), waitMs)) + 1, retry);
    };
    const waiter = { wake: (): void => void queueMicrotask(retry) };
    const onAbort = (): void => finish([]);
    const deadline = clock.after(waitMs, () => finish([]));
    queue.waiters.add(waiter);
    signal.addEventListener("abort", onAbort, { once: true });
    armNextTimer();
  });
}
