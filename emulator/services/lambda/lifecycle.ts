import type { Clock, Timer } from "../../core/clock.js";
import type { Store } from "../../core/store/store.js";
import type { LambdaModel } from "./model.js";
import { latestOf, type FunctionRecord, type StoredConfiguration } from "./records.js";

/** What a just-created function reports until it is ready, in AWS's words. */
export const CREATING: Partial<StoredConfiguration> = {
  State: "Pending",
  StateReason: "The function is being created.",
  StateReasonCode: "Creating",
  LastUpdateStatus: "InProgress",
  LastUpdateStatusReason: "The function is being created.",
  LastUpdateStatusReasonCode: "Creating",
};

/** What a function whose code or configuration is being updated reports until the update is done. */
export const UPDATING: Partial<StoredConfiguration> = {
  LastUpdateStatus: "InProgress",
  LastUpdateStatusReason: "The function is being updated.",
  LastUpdateStatusReasonCode: "Updating",
};

const SETTLED_KEYS = [
  "StateReason",
  "StateReasonCode",
  "LastUpdateStatusReason",
  "LastUpdateStatusReasonCode",
] as const;

function settled(config: StoredConfiguration): StoredConfiguration {
  const out: Record<string, unknown> = { ...config, State: "Active", LastUpdateStatus: "Successful" };
  for (const key of SETTLED_KEYS) delete out[key];
  return out as StoredConfiguration;
}

/**
 * `State` Pending → Active and `LastUpdateStatus` InProgress → Successful, on the core clock `delayMs` after a
 * create or update, as AWS reports them (clients such as Terraform wait for both). Functions restored from a
 * data dir mid-transition settle after the same delay.
 */
export class Lifecycle {
  private readonly timers = new Map<string, Timer>();

  constructor(
    private readonly model: LambdaModel,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly delayMs: number,
  ) {}

  /** Settles the function's `$LATEST` after the delay (again from now when it was already waiting). */
  schedule(record: FunctionRecord): void {
    const key = `${record.accountId}\u0000${record.region}\u0000${record.name}`;
    this.timers.get(key)?.cancel();
    this.timers.set(
      key,
      this.clock.after(this.delayMs, () => {
        this.timers.delete(key);
        this.store.transaction(() => this.settle(record.accountId, record.region, record.name));
      }),
    );
  }

  /** Schedules every restored function that was still pending or updating. */
  resume(): void {
    for (const record of this.model.all()) {
      const config = latestOf(record).config;
      if (config.State === "Pending" || config.LastUpdateStatus === "InProgress") this.schedule(record);
    }
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private settle(accountId: string, region: string, name: string): void {
    const record = this.model.get(accountId, region, name);
    if (record === undefined) return;
    this.model.put({
      ...record,
      versions: record.versions.map((version) => ({ ...version, config: settled(version.config) })),
    });
  }
}
