import type { ServiceSummary } from "../../../core/service.js";
import type { Store } from "../../../core/store/store.js";
import type { MappingRecord } from "./records.js";

/**
 * Event source mappings by UUID (unique across accounts and regions, as AWS's are), kept in memory and written
 * through the core's store inside the action's transaction.
 */
export class MappingStore {
  private readonly records = new Map<string, MappingRecord>();

  constructor(private readonly store: Store) {
    this.restore();
  }

  get(uuid: string): MappingRecord | undefined {
    return this.records.get(uuid);
  }

  /** The mappings of an account and region, by UUID: a stable order for ListEventSourceMappings' pages. */
  list(accountId: string, region: string): MappingRecord[] {
    return this.all()
      .filter((record) => record.accountId === accountId && record.region === region)
      .sort((a, b) => (a.config.UUID < b.config.UUID ? -1 : a.config.UUID > b.config.UUID ? 1 : 0));
  }

  all(): MappingRecord[] {
    return [...this.records.values()];
  }

  put(record: MappingRecord): void {
    this.store.transaction(() =>
      this.store.database
        ?.prepare("INSERT OR REPLACE INTO lambda_mappings VALUES (?, ?)")
        .run(record.config.UUID, JSON.stringify(record)),
    );
    this.records.set(record.config.UUID, record);
  }

  delete(uuid: string): void {
    this.store.transaction(() =>
      this.store.database?.prepare("DELETE FROM lambda_mappings WHERE uuid = ?").run(uuid),
    );
    this.records.delete(uuid);
  }

  reset(): void {
    this.store.transaction(() => this.store.database?.prepare("DELETE FROM lambda_mappings").run());
    this.records.clear();
  }

  /** Rebuilds memory from the database (at start and after a rolled-back write). */
  restore(): void {
    const database = this.store.database;
    if (database === undefined) return;
    this.records.clear();
    const rows = database.prepare("SELECT data FROM lambda_mappings").all() as {
      data: string;
    }[];
    for (const row of rows) {
      const record = JSON.parse(row.data) as MappingRecord;
      this.records.set(record.config.UUID, record);
    }
  }

  /** Adds `eventSourceMappings` counts to a summary. */
  addToSummary(summary: ServiceSummary): ServiceSummary {
    for (const record of this.records.values()) {
      const counts = ((summary[record.accountId] ??= {})[record.region] ??= {});
      counts.eventSourceMappings = (counts.eventSourceMappings ?? 0) + 1;
    }
    return summary;
  }
}
