import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { SqliteStore } from "../../core/store/sqlite-store.js";
import { kinesisMigrations } from "./migrations.js";
import { RECORD_SQL } from "./sqliteStorage.js";
import { KinesisKit } from "./testKit.js";

const dirs: string[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "eda-kinesis-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The plan SQLite picks for a statement, as one line per step. */
function plan(store: SqliteStore, sql: string): string {
  const parameters = new Array<number>((sql.match(/\?/g) ?? []).length).fill(0);
  const rows = store.database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[];
  return rows.map((row) => row.detail).join("\n");
}

describe("Kinesis records in SQLite", () => {
  it("reads a shard, finds a time and trims by retention through index range scans", () => {
    const store = new SqliteStore(dataDir());
    store.migrate("kinesis", kinesisMigrations);
    expect(plan(store, RECORD_SQL.readFrom)).toMatch(
      /SEARCH kinesis_records USING INDEX kinesis_records_by_shard \(stream_id=\? AND shard=\? AND counter>\?\)/,
    );
    expect(plan(store, RECORD_SQL.existsFrom)).toMatch(/USING (COVERING )?INDEX kinesis_records_by_shard/);
    for (const byTime of [RECORD_SQL.atOrAfter, RECORD_SQL.trimShard]) {
      const steps = plan(store, byTime);
      expect(steps).toMatch(
        /SEARCH kinesis_records USING INDEX kinesis_records_by_shard \(stream_id=\? AND shard=\? AND counter[<>]\?\)/,
      );
      expect(steps).toMatch(/SEARCH kinesis_arrival_seconds USING INTEGER PRIMARY KEY \(rowid[<>]\?\)/);
    }
    expect(plan(store, RECORD_SQL.forgetSeconds)).toMatch(/USING INTEGER PRIMARY KEY \(rowid<\?\)/);
    expect(plan(store, RECORD_SQL.latest)).toMatch(/USING (COVERING )?INDEX kinesis_records_by_shard/);
    store.close();
  });

  it("keeps streams and records across a restart and numbers new records after the old ones", async () => {
    const dir = dataDir();
    const clock = new ManualClock();
    const first = await KinesisKit.start(clock, {}, dir);
    await first.call("CreateStream", { StreamName: "s", ShardCount: 1 });
    clock.advance(10);
    const before = await first.call("PutRecord", {
      StreamName: "s",
      Data: Buffer.from("kept").toString("base64"),
      PartitionKey: "k",
    });
    await first.close();
    const second = await KinesisKit.start(clock, {}, dir);
    const after = await second.call("PutRecord", {
      StreamName: "s",
      Data: Buffer.from("new").toString("base64"),
      PartitionKey: "k",
    });
    expect(BigInt(after.SequenceNumber as string) > BigInt(before.SequenceNumber as string)).toBe(true);
    const { ShardIterator } = await second.call("GetShardIterator", {
      StreamName: "s",
      ShardId: "shardId-000000000000",
      ShardIteratorType: "TRIM_HORIZON",
    });
    const page = await second.call("GetRecords", { ShardIterator });
    expect((page.Records as { Data: string }[]).map((r) => Buffer.from(r.Data, "base64").toString())).toEqual(
      ["kept", "new"],
    );
    await second.close();
  });
});

const text = (value: string): string => Buffer.from(value).toString("base64");
const SHARD = "shardId-000000000000";
/** Arrivals, in ms after the stream became active, on both sides of second boundaries. */
const OFFSETS = [0, 400, 999, 1000, 1700, 2500, 4200];

async function streamWithRecords(kit: KinesisKit, clock: ManualClock): Promise<number> {
  await kit.call("CreateStream", { StreamName: "s", ShardCount: 1 });
  clock.advance(10);
  const start = clock.now();
  for (const offset of OFFSETS) {
    clock.advance(start + offset - clock.now());
    await kit.call("PutRecord", { StreamName: "s", Data: text(String(offset)), PartitionKey: "k" });
  }
  clock.advance(1000);
  return start;
}

async function readAt(kit: KinesisKit, time: number): Promise<string[]> {
  const { ShardIterator } = await kit.call("GetShardIterator", {
    StreamName: "s",
    ShardId: SHARD,
    ShardIteratorType: "AT_TIMESTAMP",
    Timestamp: time / 1000,
  });
  const page = await kit.call("GetRecords", { ShardIterator });
  return (page.Records as { Data: string }[]).map((r) => Buffer.from(r.Data, "base64").toString());
}

function storedRecords(kit: KinesisKit): number {
  const row = kit.store.database?.prepare("SELECT COUNT(*) AS n FROM kinesis_records").get() as { n: number };
  return row.n;
}

describe("Kinesis reads by time in SQLite", () => {
  it("reads AT_TIMESTAMP from the first record at or after the time, within a second and across seconds", async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 0, 0, 0, 300));
    const kit = await KinesisKit.start(clock, {}, dataDir());
    const start = await streamWithRecords(kit, clock);
    for (const at of [0, 1, 400, 401, 999, 1000, 1001, 2499, 4200]) {
      const expected = OFFSETS.filter((offset) => offset >= at).map(String);
      expect(await readAt(kit, start + at)).toEqual(expected);
    }
    expect(await readAt(kit, start + 4201)).toEqual([]);
    await kit.close();
  });

  it("trims by retention exactly the records that arrived before the horizon", async () => {
    const started = Date.UTC(2026, 0, 1, 0, 0, 0, 300);
    const clock = new ManualClock(started);
    const kit = await KinesisKit.start(clock, {}, dataDir());
    // The trim timer runs every minute from the start; the stream's records come just before the first run, so
    // a run 24 h later has its horizon 990 ms after the first record, inside the second of the third one.
    clock.advance(59_000);
    const start = await streamWithRecords(kit, clock);
    clock.advance(started + 24 * 3_600_000 + 60_000 - clock.now());
    await kit.store.committed();
    expect(start + 990).toBe(started + 60_000);
    expect(storedRecords(kit)).toBe(OFFSETS.filter((offset) => offset >= 990).length);
    await kit.close();
  });

  it("brings a version 1 data dir to arrival seconds and still reads it by time", async () => {
    const dir = dataDir();
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 0, 0, 0, 300));
    const first = await KinesisKit.start(clock, {}, dir);
    const start = await streamWithRecords(first, clock);
    await first.close();
    const v1 = new SqliteStore(dir);
    v1.database.exec(`
DROP TABLE kinesis_arrival_seconds;
CREATE INDEX kinesis_records_by_arrival ON kinesis_records (stream_id, shard, arrival);
UPDATE eda_schema SET version = 1 WHERE service = 'kinesis';`);
    v1.close();
    const second = await KinesisKit.start(clock, {}, dir);
    expect(await readAt(second, start + 1001)).toEqual(["1700", "2500", "4200"]);
    const indexes = second.store.database
      ?.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'kinesis_records'")
      .all();
    expect(indexes).toEqual([{ name: "kinesis_records_by_shard" }]);
    await second.close();
  });

  it("never gives a record an arrival before the previous one's, even after a restart with the clock set back", async () => {
    const dir = dataDir();
    const noon = new ManualClock(Date.UTC(2026, 0, 1, 12));
    const first = await KinesisKit.start(noon, {}, dir);
    await first.call("CreateStream", { StreamName: "s", ShardCount: 1 });
    noon.advance(10);
    await first.call("PutRecord", { StreamName: "s", Data: text("before"), PartitionKey: "k" });
    await first.close();
    const second = await KinesisKit.start(new ManualClock(Date.UTC(2026, 0, 1, 11)), {}, dir);
    await second.call("PutRecord", { StreamName: "s", Data: text("after"), PartitionKey: "k" });
    const { ShardIterator } = await second.call("GetShardIterator", {
      StreamName: "s",
      ShardId: SHARD,
      ShardIteratorType: "TRIM_HORIZON",
    });
    const page = await second.call("GetRecords", { ShardIterator });
    const [before, after] = page.Records as { ApproximateArrivalTimestamp: number }[];
    expect(after.ApproximateArrivalTimestamp).toBeGreaterThanOrEqual(before.ApproximateArrivalTimestamp);
    await second.close();
  });
});
