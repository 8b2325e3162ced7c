import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirLockedError } from "../data-dir.js";
import { BackgroundCheckpointer } from "./checkpointer.js";
import { DATABASE_FILE, LOCK_FILE, SqliteStore } from "./sqlite-store.js";

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "eda-checkpoint-"));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const databaseBytes = () => statSync(join(dataDir, DATABASE_FILE)).size;

/** Polls `done` every 20 ms for up to ten seconds (a bound for a loaded machine, not a timing assertion). */
async function eventually(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 500; i++) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return done();
}

describe("the background checkpointer", () => {
  it("copies committed pages into the database file while the writer's own threshold is far off", async () => {
    const store = new SqliteStore(dataDir);
    store.database.exec("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
    await store.committed();
    const before = databaseBytes();
    const insert = store.database.prepare("INSERT INTO filler (body) VALUES (?)");
    // About 2 MB: 500 WAL pages, far below the writer's fallback of 16,384.
    store.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(Buffer.alloc(4_000, i));
    });
    await store.committed();
    const grew = await eventually(() => databaseBytes() > before + 1_000_000);
    store.close();
    expect(grew).toBe(true);
  });

  it("ends its thread once idle, and the next commit starts one that checkpoints again", async () => {
    const store = new SqliteStore(dataDir);
    store.database.exec("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
    const insert = store.database.prepare("INSERT INTO filler (body) VALUES (?)");
    const fill = async () => {
      store.transaction(() => {
        for (let i = 0; i < 500; i++) insert.run(Buffer.alloc(4_000, i));
      });
      await store.committed();
    };
    await fill();
    const running = store.checkpointing;
    const endedWhenIdle = await eventually(() => !store.checkpointing);
    const before = databaseBytes();
    await fill();
    const restarted = store.checkpointing;
    const grew = await eventually(() => databaseBytes() > before + 1_000_000);
    store.close();
    expect({ running, endedWhenIdle, restarted, grew }).toEqual({
      running: true,
      endedWhenIdle: true,
      restarted: true,
      grew: true,
    });
  });

  it("has closed its connection when the store closes, so the last close leaves only the database and the lock file", async () => {
    const store = new SqliteStore(dataDir);
    store.transaction(() => store.database.exec("CREATE TABLE kept (id INTEGER PRIMARY KEY)"));
    await store.committed();
    expect(existsSync(join(dataDir, `${DATABASE_FILE}-wal`))).toBe(true);
    store.close();
    expect(readdirSync(dataDir).sort()).toEqual([DATABASE_FILE, LOCK_FILE].sort());
    const reopened = new SqliteStore(dataDir);
    const tables = reopened.database.prepare("SELECT name FROM sqlite_master WHERE name = 'kept'").all();
    reopened.close();
    expect(tables).toEqual([{ name: "kept" }]);
  });
});

describe("a checkpoint thread that cannot open the database", () => {
  it("reports why once, ends, and says it is not available, so the store does not start another", async () => {
    const reports: string[] = [];
    // A directory where the database file should be: SQLite cannot open it.
    const checkpointer = new BackgroundCheckpointer(dataDir, (why) => reports.push(why));
    const ended = await eventually(() => !checkpointer.running && reports.length > 0);
    checkpointer.stop();
    expect({ ended, available: checkpointer.available, reports: reports.length }).toEqual({
      ended: true,
      available: false,
      reports: 1,
    });
  });
});

describe("the lock file", () => {
  it("leaves no journal beside it while held, so an emulator that is killed leaves none behind", () => {
    const store = new SqliteStore(dataDir);
    const held = readdirSync(dataDir).filter((name) => name.startsWith(LOCK_FILE));
    store.close();
    expect(held).toEqual([LOCK_FILE]);
  });
});

describe("a data dir whose database an earlier emulator holds", () => {
  it("is refused with DataDirLockedError while that emulator's exclusive lock is on the database", () => {
    // Earlier versions locked the database file itself in exclusive mode, without the lock file.
    const earlier = new BetterSqlite3(join(dataDir, DATABASE_FILE));
    earlier.pragma("locking_mode = EXCLUSIVE");
    earlier.pragma("journal_mode = WAL");
    earlier.exec("BEGIN EXCLUSIVE; COMMIT");
    let refusal: unknown;
    try {
      new SqliteStore(dataDir).close();
    } catch (error) {
      refusal = error;
    }
    earlier.close();
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect(() => new SqliteStore(dataDir).close()).not.toThrow();
  });
});
