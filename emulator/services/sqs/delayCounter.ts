import { MinHeap } from "./heap.js";

/**
 * Counts messages that are delayed (never received, not yet visible) without holding the messages: one entry
 * per distinct visible time. Delays are at most 15 minutes, so the entries are bounded by time, not by how
 * many messages a queue holds.
 */
export class DelayCounter {
  private readonly byTime = new Map<number, number>();
  private readonly times = new MinHeap<number>((a, b) => a < b);
  private total = 0;

  add(visibleAt: number): void {
    const count = this.byTime.get(visibleAt);
    if (count === undefined) this.times.push(visibleAt);
    this.byTime.set(visibleAt, (count ?? 0) + 1);
    this.total++;
  }

  /** For a delayed message that left before its delay ran out (expired, purged). */
  remove(visibleAt: number): void {
    const count = this.byTime.get(visibleAt);
    if (count === undefined) return;
    if (count > 1) this.byTime.set(visibleAt, count - 1);
    else this.byTime.delete(visibleAt);
    this.total--;
  }

  count(now: number): number {
    for (let at = this.times.peek(); at !== undefined && at <= now; at = this.times.peek()) {
      this.times.pop();
      this.total -= this.byTime.get(at) ?? 0;
      this.byTime.delete(at);
    }
    return this.total;
  }

  clear(): void {
    this.byTime.clear();
    this.times.retain(() => false);
    this.total = 0;
  }
}
