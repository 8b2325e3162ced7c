import type { Clock } from "../../../core/clock.js";
import type { Reaper } from "./reaper.js";
import { nodeLaunch } from "./runtimes.js";
import { Worker } from "./worker.js";

/** Pre-started workers are kept for at most this many memory sizes (the most recently used). */
const POOLED_SIZES = 4;

export interface PrestartPoolOptions {
  /** Workers kept ready per memory size (0: none). */
  readonly size: number;
  readonly clock: Clock;
  readonly reaper: Reaper;
  /** Where a worker waits before it is given its function's task root. */
  readonly cwd: string;
}

/**
 * Node workers started before their function is known, per memory size (the heap is sized at start): a
 * function's first invocation takes one instead of starting a process. Sizes are kept most recently used last,
 * and the least recently used one is let go beyond a few.
 */
export class PrestartPool {
  private readonly spares = new Map<number, Promise<Worker>[]>();
  private closed = false;

  constructor(private readonly options: PrestartPoolOptions) {}

  /** A started worker for `memorySizeMb`, if one is there; the pool is topped up again. */
  async take(memorySizeMb: number): Promise<Worker | undefined> {
    const spare = this.spares.get(memorySizeMb)?.shift();
    this.fill(memorySizeMb);
    const worker = await spare?.catch(() => undefined);
    return worker?.alive === true ? worker : undefined;
  }

  /** Tops the pool of `memorySizeMb` up to its size and marks that size as the most recently used. */
  fill(memorySizeMb: number): void {
    if (this.closed || this.options.size === 0) return;
    const list = this.spares.get(memorySizeMb) ?? [];
    this.spares.delete(memorySizeMb);
    this.spares.set(memorySizeMb, list);
    while (list.length < this.options.size) {
      const spare = Worker.start({
        launch: nodeLaunch(memorySizeMb),
        clock: this.options.clock,
        reaper: this.options.reaper,
        environment: undefined,
        cwd: this.options.cwd,
      });
      spare.catch(() => {});
      list.push(spare);
    }
    while (this.spares.size > POOLED_SIZES) {
      const [oldest, dropped] = this.spares.entries().next().value as [number, Promise<Worker>[]];
      this.spares.delete(oldest);
      for (const spare of dropped)
        void spare.then(
          (worker) => worker.kill(),
          () => {},
        );
    }
  }

  /** Resolves once every pre-started worker has loaded its runtime client and waits for a function. */
  async ready(): Promise<void> {
    await Promise.all([...this.spares.values()].flat().map(async (spare) => (await spare).waiting));
  }

  /** Stops every pre-started worker and starts no more. */
  async close(): Promise<void> {
    this.closed = true;
    const spares = [...this.spares.values()].flat();
    this.spares.clear();
    await Promise.allSettled(spares.map(async (spare) => (await spare).stop()));
  }
}
