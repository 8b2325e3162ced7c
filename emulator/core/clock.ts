/**
 * The one time source of the emulator: it tells the time and schedules work (visibility timeouts, delays, long
 * polls, retention, move tasks, and later pollers, retries and alarm evaluation). Nothing in a service calls
 * `Date.now()` or `setTimeout` directly, so tests drive every timer with a `ManualClock` and no real sleeps.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Runs `task` once, `delayMs` from now (0 or less: as soon as possible). */
  after(delayMs: number, task: () => void): Timer;
  /** Runs `task` every `intervalMs` until cancelled. */
  every(intervalMs: number, task: () => void): Timer;
}

export interface Timer {
  /** Stops the timer; harmless when it already ran or was cancelled. */
  cancel(): void;
}

/**
 * Wall-clock time with Node's timers. Timers are unref'd: a scheduled expiry never keeps a stopping process
 * alive (an open connection or the listening socket does that).
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  after(delayMs, task) {
    const handle = setTimeout(task, Math.max(0, delayMs));
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
  every(intervalMs, task) {
    const handle = setInterval(task, intervalMs);
    handle.unref();
    return { cancel: () => clearInterval(handle) };
  },
};

/**
 * Wall-clock time sped up `rate` times: it starts at the real time and runs `rate` seconds per real second,
 * and its timers fire accordingly. AWS's rules stay as written (60-second periods for AWS/SQS alarms,
 * visibility timeouts, retention); they only pass sooner. For demos and end-to-end runs that would otherwise
 * wait minutes; timestamps the emulator hands out run ahead of the wall clock by the same factor.
 */
export function scaledClock(rate: number): Clock {
  if (!(rate >= 1)) throw new RangeError("a scaled clock runs at least as fast as the wall clock");
  const start = Date.now();
  return {
    now: () => start + Math.floor((Date.now() - start) * rate),
    after: (delayMs, task) => systemClock.after(delayMs / rate, task),
    every: (intervalMs, task) => systemClock.every(intervalMs / rate, task),
  };
}

interface ManualTimer {
  at: number;
  order: number;
  task: () => void;
  intervalMs: number | undefined;
  cancelled: boolean;
}

/**
 * A clock that only moves when told to; for tests. `advance` runs every timer that falls due, in time order
 * (ties in scheduling order), with `now()` reading each timer's own due time while it runs, so work scheduled
 * by a timer runs within the same advance when it too falls due.
 */
export class ManualClock implements Clock {
  private readonly timers: ManualTimer[] = [];
  private scheduled = 0;

  constructor(private current = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.current;
  }

  after(delayMs: number, task: () => void): Timer {
    return this.add(this.current + Math.max(0, delayMs), task, undefined);
  }

  every(intervalMs: number, task: () => void): Timer {
    if (intervalMs <= 0) throw new RangeError("ManualClock.every needs a positive interval");
    return this.add(this.current + intervalMs, task, intervalMs);
  }

  /** Moves time forward by `ms`, running the timers that fall due on the way. */
  advance(ms: number): void {
    this.set(this.current + ms);
  }

  /** Moves time to `ms` (never backwards for timers: those due are run), running due timers on the way. */
  set(ms: number): void {
    for (;;) {
      const next = this.nextDue(ms);
      if (!next) break;
      this.current = Math.max(this.current, next.at);
      if (next.intervalMs === undefined) next.cancelled = true;
      else next.at += next.intervalMs;
      next.task();
    }
    this.current = ms;
  }

  /** Timers still waiting; lets tests check that work was (or was not) scheduled. */
  get pending(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }

  private add(at: number, task: () => void, intervalMs: number | undefined): Timer {
    const timer: ManualTimer = { at, order: this.scheduled++, task, intervalMs, cancelled: false };
    this.timers.push(timer);
    return {
      cancel: () => {
        timer.cancelled = true;
      },
    };
  }

  private nextDue(until: number): ManualTimer | undefined {
    let next: ManualTimer | undefined;
    for (let i = this.timers.length - 1; i >= 0; i--) {
      const timer = this.timers[i];
      if (timer.cancelled) {
        this.timers.splice(i, 1);
        continue;
      }
      if (timer.at > until) continue;
      if (!next || timer.at < next.at || (timer.at === next.at && timer.order < next.order)) next = timer;
    }
    return next;
  }
}
