import type { Clock } from "../../core/clock.js";
import type { ServiceSummary } from "../../core/service.js";
import type { Store } from "../../core/store/store.js";
import type { FunctionRecord } from "./records.js";

interface FunctionRow {
  data: string;
}

function regionKey(accountId: string, region: string): string {
  return `${accountId}\u0000${region}`;
}

/**
 * Lambda's state: per account and region, functions (each one JSON record with its versions, aliases,
 * permissions, tags and settings), kept in memory and written through the core's store inside the action's
 * transaction. Deployment packages are stored once per CodeSha256: in the database with a data dir (read when a
 * worker needs them), in memory otherwise.
 */
export class LambdaModel {
  private readonly regions = new Map<string, Map<string, FunctionRecord>>();
  /** Packages of a memory-only run; with a data dir they live in `lambda_code` only. */
  private readonly memoryCode = new Map<string, Buffer>();

  constructor(
    readonly store: Store,
    readonly clock: Clock,
  ) {
    this.restore();
  }

  get(accountId: string, region: string, name: string): FunctionRecord | undefined {
    return this.regions.get(regionKey(accountId, region))?.get(name);
  }

  /** The functions of an account and region, sorted by name as ListFunctions returns them. */
  list(accountId: string, region: string): FunctionRecord[] {
    const functions = this.regions.get(regionKey(accountId, region));
    if (functions === undefined) return [];
    return [...functions.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  all(): FunctionRecord[] {
    return [...this.regions.values()].flatMap((functions) => [...functions.values()]);
  }

  put(record: FunctionRecord): void {
    this.store.transaction(() =>
      this.store.database
        ?.prepare("INSERT OR REPLACE INTO lambda_functions VALUES (?, ?, ?, ?)")
        .run(record.accountId, record.region, record.name, JSON.stringify(record)),
    );
    this.remember(record);
  }

  delete(record: FunctionRecord): void {
    this.store.transaction(() => {
      this.store.database
        ?.prepare("DELETE FROM lambda_functions WHERE account_id = ? AND region = ? AND name = ?")
        .run(record.accountId, record.region, record.name);
      this.regions.get(regionKey(record.accountId, record.region))?.delete(record.name);
      this.dropUnusedCode();
    });
  }

  /** Keeps a deployment package under its CodeSha256 (a package already kept is not written again). */
  putCode(sha256: string, zip: Buffer): void {
    const database = this.store.database;
    if (database === undefined) {
      this.memoryCode.set(sha256, zip);
      return;
    }
    this.store.transaction(() =>
      database.prepare("INSERT OR IGNORE INTO lambda_code VALUES (?, ?)").run(sha256, zip),
    );
  }

  /** The deployment package with this CodeSha256; every stored version's package is kept. */
  code(sha256: string): Buffer {
    const database = this.store.database;
    const zip =
      database === undefined
        ? this.memoryCode.get(sha256)
        : (
            database.prepare("SELECT zip FROM lambda_code WHERE sha256 = ?").get(sha256) as
              { zip: Buffer } | undefined
          )?.zip;
    if (zip === undefined) throw new Error(`no deployment package ${sha256}`);
    return zip;
  }

  /** Forgets packages no version of any function uses any more (after a delete or a code update). */
  dropUnusedCode(): void {
    const used = new Set(this.all().flatMap((record) => record.versions.map((v) => v.config.CodeSha256)));
    const database = this.store.database;
    if (database === undefined) {
      for (const sha256 of this.memoryCode.keys()) if (!used.has(sha256)) this.memoryCode.delete(sha256);
      return;
    }
    const stored = database.prepare("SELECT sha256 FROM lambda_code").all() as { sha256: string }[];
    const remove = database.prepare("DELETE FROM lambda_code WHERE sha256 = ?");
    this.store.transaction(() => {
      for (const { sha256 } of stored) if (!used.has(sha256)) remove.run(sha256);
    });
  }

  summary(): ServiceSummary {
    const out: ServiceSummary = {};
    for (const record of this.all()) {
      const regions = (out[record.accountId] ??= {});
      const counts = (regions[record.region] ??= {});
      counts.functions = (counts.functions ?? 0) + 1;
      const published = record.versions.length - 1;
      if (published > 0) counts.versions = (counts.versions ?? 0) + published;
      if (record.aliases.length > 0) counts.aliases = (counts.aliases ?? 0) + record.aliases.length;
    }
    return out;
  }

  reset(): void {
    this.store.transaction(() => {
      const database = this.store.database;
      database?.prepare("DELETE FROM lambda_functions").run();
      database?.prepare("DELETE FROM lambda_code").run();
    });
    this.regions.clear();
    this.memoryCode.clear();
  }

  /** Rebuilds memory from the database (at start and after a rolled-back write). */
  restore(): void {
    const database = this.store.database;
    if (database === undefined) return;
    this.regions.clear();
    const rows = database.prepare("SELECT data FROM lambda_functions").all() as FunctionRow[];
    for (const row of rows) this.remember(JSON.parse(row.data) as FunctionRecord);
  }

  private remember(record: FunctionRecord): void {
    const key = regionKey(record.accountId, record.region);
    let functions = this.regions.get(key);
    if (functions === undefined) {
      functions = new Map();
      this.regions.set(key, functions);
    }
    functions.set(record.name, record);
  }
}
