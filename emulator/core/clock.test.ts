import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock, scaledClock } from "./clock.js";

describe("ManualClock", () => {
  it("runs a timer only once time reaches it, reading its own due time while it runs", () => {
    const clock = new ManualClock(1_000);
    const seen: number[] = [];
    clock.after(500, () => seen.push(clock.now()));
    clock.advance(499);
    expect(seen).toEqual([]);
    clock.advance(10);
    expect(seen).toEqual([1_500]);
    expect(clock.now()).toBe(1_509);
  });

  it("runs due timers in time order, ties in the order they were scheduled", () => {
    const clock = new ManualClock(0);
    const order: string[] = [];
    clock.after(20, () => order.push("b"));
    clock.after(10, () => order.push("a"));
    clock.after(20, () => order.push("c"));
    clock.advance(100);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("runs work a timer schedules within the same advance when it falls due", () => {
    const clock = new ManualClock(0);
    const seen: number[] = [];
    clock.after(10, () => clock.after(10, () => seen.push(clock.now())));
    clock.advance(25);
    expect(seen).toEqual([20]);
  });

  it("repeats an interval timer at each multiple until cancelled, and skips cancelled timers", () => {
    const clock = new ManualClock(0);
    const ticks: number[] = [];
    const every = clock.every(100, () => ticks.push(clock.now()));
    const never = clock.after(50, () => ticks.push(-1));
    never.cancel();
    clock.advance(350);
    every.cancel();
    clock.advance(1_000);
    expect(ticks).toEqual([100, 200, 300]);
    expect(clock.pending).toBe(0);
  });
});

describe("scaledClock", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("starts at the wall-clock time and runs rate times as fast, its timers too", () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const clock = scaledClock(30);
    const fired: number[] = [];
    clock.after(60_000, () => fired.push(clock.now()));
    const ticks: number[] = [];
    const every = clock.every(10_000, () => ticks.push(clock.now()));
    expect(clock.now()).toBe(1_000_000);
    vi.advanceTimersByTime(1_999);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([1_060_000]);
    expect(ticks).toHaveLength(6);
    every.cancel();
  });

  it("refuses a rate below 1", () => {
    expect(() => scaledClock(0.5)).toThrow(RangeError);
  });
});
