import type { Clock, Timer } from "../../../core/clock.js";
import type { Store } from "../../../core/store/store.js";
import type { PollerManager } from "./manager.js";
import { isTransitional, type MappingRecord } from "./records.js";
import type { MappingStore } from "./store.js";

/**
 * A mapping's State on the core clock, as AWS reports it: Creating, Enabling, Updating → Enabled (or Disabled),
 * Disabling → Disabled, Deleting → gone, `delayMs` after the call. Pollers follow the settled state.
 */
export class MappingLifecycle {
  private readonly timers = new Map<string, Timer>();

  constructor(
    private readonly records: MappingStore,
    private readonly manager: PollerManager,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly delayMs: number,
  ) {}

  /** Stores the record in its transitional state and settles it after the delay. */
  begin(record: MappingRecord): void {
    this.records.put(record);
    if (record.config.State === "Deleting") this.manager.remove(record);
    this.schedule(record.config.UUID);
  }

  /** At start: restored pollers run again, and mappings caught mid-transition settle. */
  resume(): void {
    for (const record of this.records.all()) {
      if (!isTransitional(record.config.State)) {
        this.manager.sync(record);
        continue;
      }
      if (record.config.State === "Deleting") this.manager.remove(record);
      this.schedule(record.config.UUID);
    }
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private schedule(uuid: string): void {
    this.timers.get(uuid)?.cancel();
    this.timers.set(
      uuid,
      this.clock.after(this.delayMs, () => {
        this.timers.delete(uuid);
        this.settle(uuid);
      }),
    );
  }

  private settle(uuid: string): void {
    const record = this.records.get(uuid);
    if (record === undefined) return;
    if (record.config.State === "Deleting") {
      this.store.transaction(() => this.records.delete(uuid));
      return;
    }
    const settled: MappingRecord = {
      ...record,
      config: { ...record.config, State: record.enabled ? "Enabled" : "Disabled" },
    };
    this.store.transaction(() => this.records.put(settled));
    this.manager.sync(settled);
  }
}
