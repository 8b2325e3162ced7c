import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_FILE, SqliteStore } from "./store/sqlite-store.js";
import { DataDirError, DataDirLockedError, prepareDataDir } from "./data-dir.js";

const dirs: string[] = [];

afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "eda-data-dir-"));
  dirs.push(dir);
  return dir;
}

describe("prepareDataDir", () => {
  it("creates a missing data dir and its parents", async () => {
    const dir = join(await scratch(), "a", "b");
    prepareDataDir(dir);
    expect((await stat(dir)).isDirectory()).toBe(true);
  });

  it("accepts an existing, writable data dir", async () => {
    const dir = await scratch();
    expect(() => prepareDataDir(dir)).not.toThrow();
  });

  it("throws a DataDirError when the path is a file", async () => {
    const file = join(await scratch(), "file");
    await writeFile(file, "x");
    expect(() => prepareDataDir(file)).toThrow(DataDirError);
    expect(() => prepareDataDir(file)).toThrow(`Data dir ${file} is a file, not a directory`);
  });

  it("names the file that stops the data dir from being created", async () => {
    const file = join(await scratch(), "file");
    await writeFile(file, "x");
    expect(() => prepareDataDir(join(file, "a", "b"))).toThrow(`cannot be created: ${file} is a file;`);
  });
});

describe("a data dir held by another store", () => {
  it("is refused at open with DataDirLockedError, and free again once the holder closes", async () => {
    const dir = await scratch();
    const holder = new SqliteStore(dir);
    let refusal: unknown;
    try {
      new SqliteStore(dir).close();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toBe(
      `Data dir ${dir} is in use by another emulator (its database is locked); stop it or use another --data-dir.`,
    );
    holder.close();
    expect(() => new SqliteStore(dir).close()).not.toThrow();
  });

  it("refuses a database file that is not SQLite with a sentence", async () => {
    const dir = await scratch();
    await writeFile(join(dir, DATABASE_FILE), "this is not a database, it only has the name of one");
    expect(() => new SqliteStore(dir)).toThrow(
      `Data dir ${dir} holds ${join(dir, DATABASE_FILE)}, which is not an emulator database`,
    );
  });
});
