import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { AwsError, internalError } from "../errors.js";
import { DataDirError, DataDirLockedError, prepareDataDir } from "../data-dir.js";
import { BackgroundCheckpointer } from "./checkpointer.js";
import type { Database, Migration, Store } from "./store.js";

/** The database file every service shares, inside the data dir. */
export const DATABASE_FILE = "emulator.sqlite3";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS eda_schema (service TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
`;

/**
 * Held for as long as the emulator runs: a second emulator on the same data dir is refused at once (no busy
 * wait) with a sentence rather than "database is locked" after a timeout. A SQLite file in exclusive locking
 * mode, so the lock is the same kind as the database's own and goes with the process however it ends.
 */
export const LOCK_FILE = "emulator.lock";

/** The writer's own checkpoint threshold, a fallback to the background checkpointer (64 MiB of WAL). */
const FALLBACK_CHECKPOINT_PAGES = 16_384;
/** How long a statement waits on a lock the checkpointer holds for an instant. */
const BUSY_TIMEOUT_MS = 5_000;

/** Opens `file` (creating it) with `setup`, turning SQLite's refusals into one sentence about the data dir. */
function openInDataDir(dataDir: string, file: string, setup: (db: Database) => void): Database {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { timeout: 0 });
    setup(db);
    return db;
  } catch (error) {
    db?.close();
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") throw new DataDirLockedError(dataDir);
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
      throw new DataDirError(
        dataDir,
        `Data dir ${dataDir} holds ${file}, which is not an emulator database; move it away or use another --data-dir.`,
      );
    }
    if (code === "SQLITE_CANTOPEN" || code === "SQLITE_READONLY" || code === "SQLITE_PERM") {
      throw new DataDirError(
        dataDir,
        `Data dir ${dataDir} does not let the emulator open ${file} for writing; make it writable or use another --data-dir.`,
      );
    }
    throw error;
  }
}

function holdLock(db: Database): void {
  db.pragma("locking_mode = EXCLUSIVE");
  // The lock file holds no data: a journal in memory leaves no `-journal` file beside it.
  db.pragma("journal_mode = MEMORY");
  // An empty write transaction: in exclusive locking mode its lock is kept until the connection closes.
  db.exec("BEGIN EXCLUSIVE; COMMIT");
}

function openWal(db: Database): void {
  // Refused (busy) while an emulator of an earlier version, which locked the database itself, holds it.
  db.pragma("journal_mode = WAL");
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

interface PendingCommit {
  readonly promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * SQLite in WAL mode with synchronous=NORMAL: a committed transaction survives a process crash (kill -9), which
 * is the durability promise; FULL would add an fsync per commit for power-loss safety at a large cost.
 *
 * Group commit: the first write opens a transaction that stays open until the event loop's check phase
 * (setImmediate), so all requests read in one loop turn share one commit; each action runs in a savepoint
 * inside it and is answered only after the commit. The commit, not the savepoint, makes a write durable, so
 * nothing is acknowledged early.
 *
 * Checkpoints run on a worker thread (`BackgroundCheckpointer`), so the database has two connections and
 * uses SQLite's shared-memory WAL index; a second emulator is kept out by the lock file.
 */
export class SqliteStore implements Store {
  readonly database: Database;
  private readonly lock: Database;
  /** Started by a group commit when none runs: it ends by itself once idle (see BackgroundCheckpointer). */
  private checkpointer: BackgroundCheckpointer | undefined;
  private readonly checkpointFailures = new Set<string>();
  private readonly savepoint: (work: () => unknown) => unknown;
  private pending: PendingCommit | undefined;
  private readonly recoveries = new Set<() => void>();
  private depth = 0;
  private failure: string | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly log: (line: string) => void = () => {},
  ) {
    prepareDataDir(dataDir);
    this.lock = openInDataDir(dataDir, join(dataDir, LOCK_FILE), holdLock);
    const file = join(dataDir, DATABASE_FILE);
    let db: Database;
    try {
      db = openInDataDir(dataDir, file, openWal);
    } catch (error) {
      this.lock.close();
      throw error;
    }
    this.database = db;
    db.pragma("synchronous = NORMAL");
    db.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
    // SQLite's own default page cache (2 MiB); better-sqlite3 builds with 16 MiB, which deep queues and
    // streams fill and which then stays resident. Evicted pages are still in the OS page cache.
    db.pragma("cache_size = -2048");
    db.exec(SCHEMA);
    const savepoint = db.transaction((work: () => unknown) => work());
    this.savepoint = (work) => savepoint(work);
  }

  migrate(service: string, migrations: readonly Migration[]): void {
    this.flush();
    const db = this.database;
    const row = db.prepare("SELECT version FROM eda_schema WHERE service = ?").get(service) as
      { version: number } | undefined;
    const current = row?.version ?? 0;
    const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    if (current > newest) {
      throw new Error(
        `The data dir ${this.dataDir} holds ${service} state of schema version ${current}, newer than this emulator knows (${newest}); run a newer emulator or use another --data-dir.`,
      );
    }
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= current) continue;
      const attached = migration.attach?.(this.dataDir);
      if (attached) db.prepare("ATTACH DATABASE ? AS " + attached.alias).run(attached.path);
      try {
        db.transaction(() => {
          migration.up(db);
          db.prepare("INSERT OR REPLACE INTO eda_schema (service, version) VALUES (?, ?)").run(
            service,
            migration.version,
          );
        })();
      } catch (error) {
        throw new Error(
          `Could not bring ${service}'s state in ${this.dataDir} to version ${migration.version} (${migration.description}): ${(error as Error).message}`,
          { cause: error },
        );
      } finally {
        if (attached) db.exec(`DETACH DATABASE ${attached.alias}`);
      }
      migration.afterCommit?.(this.dataDir);
    }
  }

  transaction<T>(work: () => T): T {
    if (!this.pending) this.begin();
    if (this.depth > 0) return this.savepoint(work) as T;
    this.depth++;
    try {
      return this.savepoint(work) as T;
    } catch (error) {
      if (error instanceof AwsError) throw error;
      // The savepoint is rolled back; other actions' writes in this group stand, and memory is rebuilt to match.
      this.failure = describe(error);
      this.log(`eda: a write failed and was rolled back: ${this.failure}`);
      this.recover();
      throw internalError();
    } finally {
      this.depth--;
    }
  }

  joinTransaction<T>(work: () => T): T {
    if (this.depth > 0) return work();
    if (!this.pending) this.begin();
    this.depth++;
    try {
      return work();
    } catch (error) {
      // No savepoint to roll back to: the whole group goes, and everyone in it is answered InternalFailure.
      this.abandonGroup("a write failed and its group was rolled back", error);
      throw internalError();
    } finally {
      this.depth--;
    }
  }

  committed(): Promise<void> | undefined {
    return this.pending?.promise;
  }

  /** Whether the background checkpoint thread runs now (it ends after two idle seconds). */
  get checkpointing(): boolean {
    return this.checkpointer?.running === true;
  }

  lastFailure(): string | undefined {
    return this.failure;
  }

  storedServices(): string[] {
    return (
      this.database.prepare("SELECT service FROM eda_schema ORDER BY service").all() as { service: string }[]
    ).map((row) => row.service);
  }

  onRecover(recover: () => void): () => void {
    this.recoveries.add(recover);
    return () => this.recoveries.delete(recover);
  }

  close(): void {
    this.flush();
    this.checkpointer?.stop();
    this.database.close();
    this.lock.close();
  }

  private begin(): void {
    const checkpointer = this.checkpointer;
    if (checkpointer === undefined || (!checkpointer.running && checkpointer.available)) {
      this.checkpointer = new BackgroundCheckpointer(this.database.name, (why) => this.checkpointFailed(why));
    }
    this.database.exec("BEGIN");
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Nobody may be waiting on a failed commit (timer work); its failure is logged, not unhandled.
    promise.catch(() => {});
    this.pending = { promise, resolve, reject };
    setImmediate(() => this.flush());
  }

  /** Commits the open group transaction and answers everyone waiting on it. */
  private flush(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    try {
      this.database.exec("COMMIT");
      this.failure = undefined;
      pending.resolve();
    } catch (error) {
      this.failGroup(pending, "a commit failed and was rolled back", error);
    }
  }

  /** Rolls back the open group transaction now, before its commit, and answers everyone waiting on it. */
  private abandonGroup(what: string, error: unknown): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.failGroup(pending, what, error);
  }

  private failGroup(pending: PendingCommit, what: string, error: unknown): void {
    if (this.database.inTransaction) this.database.exec("ROLLBACK");
    this.failure = describe(error);
    this.log(`eda: ${what}: ${this.failure}`);
    this.recover();
    pending.reject(internalError());
  }

  /** Says each distinct failure once: a full disk would otherwise repeat four times a second. */
  private checkpointFailed(why: string): void {
    if (this.checkpointFailures.has(why)) return;
    this.checkpointFailures.add(why);
    this.log(`eda: background checkpoint failed (commits go on; the WAL grows until one succeeds): ${why}`);
  }

  /** Every service rebuilds its memory from the database as it now stands. */
  private recover(): void {
    for (const recover of this.recoveries) {
      try {
        recover();
      } catch (error) {
        this.log(`eda: recovering state after a failed write failed: ${describe(error)}`);
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
