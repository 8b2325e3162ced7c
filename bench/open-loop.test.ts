import { describe, expect, it } from "vitest";
import { openLoop } from "./open-loop.js";

describe("openLoop", () => {
  it("makes every call once, in index order, and times each one that succeeds", async () => {
    const seen: number[] = [];
    const run = await openLoop(2_000, 5, (i) => Promise.resolve(void seen.push(i)));
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(run.latencies).toHaveLength(5);
    expect(run.errors).toBe(0);
    expect(run.latencies.every((ms) => ms >= 0)).toBe(true);
  });

  it("counts failed calls as errors, keeps the first one's message and leaves them out of the latencies", async () => {
    const run = await openLoop(2_000, 4, (i) =>
      i % 2 === 0 ? Promise.resolve() : Promise.reject(new Error(`call ${i} refused`)),
    );
    expect(run.errors).toBe(2);
    expect(run.firstError).toBe("Error: call 1 refused");
    expect(run.latencies).toHaveLength(2);
  });
});
