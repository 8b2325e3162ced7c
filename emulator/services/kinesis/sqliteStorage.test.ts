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
    expect(plan(store, RECORD_SQL.atOrAfter)).toMatch(
      /USING (COVERING )?INDEX kinesis_records_by_arrival \(stream_id=\? AND shard=\? AND arrival>\?\)/,
    );
    expect(plan(store, RECORD_SQL.trimShard)).toMatch(
      /USING (COVERING )?INDEX kinesis_records_by_arrival \(stream_id=\? AND shard=\? AND arrival<\?\)/,
    );
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
