import type BetterSqlite3 from "better-sqlite3";

export type Database = BetterSqlite3.Database;

/**
 * One step of a service's schema, applied once and in order. Versions start at 1 and grow by one; the store
 * records the newest applied version per service, so a data dir written by an older emulator is brought
 * forward when a newer one opens it.
 */
export interface Migration {
  readonly version: number;
  /** What the step does, for the error when it fails. */
  readonly description: string;
  /**
   * A database file the step reads from (an older layout), attached as `alias` before the step's
   * transaction and detached after it: SQLite cannot attach inside a transaction.
   */
  attach?(dataDir: string): { readonly path: string; readonly alias: string } | undefined;
  /** Runs inside the migration's transaction. */
  up(db: Database): void;
  /** Runs after the step committed (tidying files the step made obsolete). */
  afterCommit?(dataDir: string): void;
}

/**
 * The emulator's one durable store, shared by every service: a service keeps its working state in memory and
 * writes through here, each action's writes inside one `transaction`. With a data dir this is one SQLite
 * database with group commit: the core answers a request only once `committed()` resolved, so what was
 * acknowledged is on disk. Without one it is memory only and `database` is undefined.
 *
 * Failure is all-or-nothing across services: when a write fails (inside an action or at the group commit),
 * the database rolls back and every service rebuilds its memory from the database through the hook it gave
 * `onRecover`, so memory and disk never disagree.
 */
export interface Store {
  /** The SQLite database, or undefined when running in memory. */
  readonly database: Database | undefined;
  /** Brings a service's tables to its newest version; throws a sentence when the data dir is newer. */
  migrate(service: string, migrations: readonly Migration[]): void;
  /**
   * Runs `work` atomically. Nested calls (one service calling another inside its own transaction) join the
   * outer one, so a publish and its deliveries commit together or not at all. An `AwsError` thrown by `work`
   * rolls back the database writes and passes through unchanged (services throw those before changing
   * memory); any other failure rolls back, recovers every service's memory and throws InternalFailure.
   */
  transaction<T>(work: () => T): T;
  /**
   * `transaction` for work that throws nothing (validate before calling it): it runs without a savepoint of its
   * own, inside the caller's transaction or, alone, directly in the group commit's. A savepoint costs two
   * statements and a copy of every page the work touches, and an SQS send or an SNS publish (with a delivery per
   * subscribed queue) does little else. Should the work throw all the same, there is nothing narrower to roll
   * back to: alone, the whole group is rolled back, memory recovered, everyone in the group answered
   * InternalFailure, and the error becomes InternalFailure too.
   */
  joinTransaction<T>(work: () => T): T;
  /**
   * Resolves once every write made so far is durable, or rejects with InternalFailure when the commit failed
   * (memory has been recovered by then); undefined when nothing is waiting.
   */
  committed(): Promise<void> | undefined;
  /** Why the latest write failed, until a commit succeeds again (reported by services' health). */
  lastFailure(): string | undefined;
  /** Services that have tables in this store (they hold state to recover at start-up). */
  storedServices(): string[];
  /** Registers the rebuild of a service's memory from the database after a rollback; returns its removal. */
  onRecover(recover: () => void): () => void;
  /** Commits what is pending and closes the database. */
  close(): void;
}

/** The store of a run without a data dir: memory is the only state, so there is nothing to commit or recover. */
export class MemoryStore implements Store {
  readonly database = undefined;
  migrate(): void {}
  transaction<T>(work: () => T): T {
    return work();
  }
  joinTransaction<T>(work: () => T): T {
    return work();
  }
  committed(): undefined {
    return undefined;
  }
  lastFailure(): undefined {
    return undefined;
  }
  storedServices(): string[] {
    return [];
  }
  onRecover(): () => void {
    return () => {};
  }
  close(): void {}
}
