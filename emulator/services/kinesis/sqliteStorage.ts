import type { Database, Statement } from "better-sqlite3";
import type { NewRecord, RecordStore, StoredRecord } from "./records.js";
import { HOUR_MS, MAX_RETENTION_HOURS } from "./retention.js";
import type { StreamStore } from "./streamStore.js";
import { streamFromJson, streamToJson, type StreamState } from "./streams.js";

interface RecordRow {
  counter: number;
  arrival: number;
  partition_key: string;
  data: Buffer;
}

const toRecord = (row: RecordRow): StoredRecord => ({
  counter: row.counter,
  arrival: row.arrival,
  partitionKey: row.partition_key,
  data: row.data,
});

/**
 * The counter below which every record arrived before a time: the first counter of the first second that starts
 * at or after it (the parameter: the time's second, rounded up), as arrivals never go backwards as counters
 * grow. Without such a second, no bound.
 */
const COUNTER_AFTER_TIME = `COALESCE((SELECT first_counter FROM kinesis_arrival_seconds WHERE second >= ? ORDER BY second LIMIT 1), ${Number.MAX_SAFE_INTEGER})`;
/**
 * A counter at or below every record that arrived at or after a time: the first counter of the last second
 * before the time's own (the parameter). A second whose row is missing (its write rolled back) only lengthens
 * the scan.
 */
const COUNTER_BEFORE_TIME =
  "COALESCE((SELECT first_counter FROM kinesis_arrival_seconds WHERE second < ? ORDER BY second DESC LIMIT 1), 0)";

/** The record statements, exported so tests can check SQLite plans them as index range scans. */
export const RECORD_SQL = {
  insert:
    "INSERT INTO kinesis_records (counter, stream_id, shard, arrival, partition_key, data) VALUES (?, ?, ?, ?, ?, ?)",
  readFrom:
    "SELECT counter, arrival, partition_key, data FROM kinesis_records WHERE stream_id = ? AND shard = ? AND counter >= ? AND arrival >= ? ORDER BY counter LIMIT ?",
  existsFrom: "SELECT 1 FROM kinesis_records WHERE stream_id = ? AND shard = ? AND counter >= ? LIMIT 1",
  insertSecond: "INSERT OR IGNORE INTO kinesis_arrival_seconds (second, first_counter) VALUES (?, ?)",
  atOrAfter: `SELECT counter FROM kinesis_records WHERE stream_id = ? AND shard = ? AND counter >= ${COUNTER_BEFORE_TIME} AND arrival >= ? ORDER BY counter LIMIT 1`,
  latest:
    "SELECT arrival FROM kinesis_records WHERE stream_id = ? AND shard = ? ORDER BY counter DESC LIMIT 1",
  trimShard: `DELETE FROM kinesis_records WHERE stream_id = ? AND shard = ? AND counter < ${COUNTER_AFTER_TIME} AND arrival < ?`,
  /** Seconds older than any stream can keep records: their rows only bound scans no read makes any more. */
  forgetSeconds: "DELETE FROM kinesis_arrival_seconds WHERE second < ?",
  newestSecond: "SELECT MAX(second) AS second FROM kinesis_arrival_seconds",
  newestRecord: "SELECT arrival FROM kinesis_records ORDER BY counter DESC LIMIT 1",
  dropAll: "DELETE FROM kinesis_records WHERE stream_id = ?",
  maxCounter: "SELECT MAX(counter) AS counter FROM kinesis_records",
} as const;

/** Records in the core's database: every read is an index range scan on one shard. */
export class SqliteRecordStore implements RecordStore {
  private readonly insert: Statement;
  private readonly insertSecond: Statement;
  private readonly forgetSeconds: Statement;
  private readonly newestSecond: Statement;
  private readonly newestRecord: Statement;
  /** The second whose row this process last wrote: the row is written once per second, not once per record. */
  private lastSecond: number | undefined;
  private readonly readFrom: Statement;
  private readonly existsFrom: Statement;
  private readonly atOrAfter: Statement;
  private readonly latest: Statement;
  private readonly trimShard: Statement;
  private readonly dropAll: Statement;
  private readonly maxCounter: Statement;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(RECORD_SQL.insert);
    this.insertSecond = db.prepare(RECORD_SQL.insertSecond);
    this.forgetSeconds = db.prepare(RECORD_SQL.forgetSeconds);
    this.newestSecond = db.prepare(RECORD_SQL.newestSecond);
    this.newestRecord = db.prepare(RECORD_SQL.newestRecord);
    this.readFrom = db.prepare(RECORD_SQL.readFrom);
    this.existsFrom = db.prepare(RECORD_SQL.existsFrom);
    this.atOrAfter = db.prepare(RECORD_SQL.atOrAfter);
    this.latest = db.prepare(RECORD_SQL.latest);
    this.trimShard = db.prepare(RECORD_SQL.trimShard);
    this.dropAll = db.prepare(RECORD_SQL.dropAll);
    this.maxCounter = db.prepare(RECORD_SQL.maxCounter);
  }

  highestCounter(): number {
    return (this.maxCounter.get() as { counter: number | null }).counter ?? 0;
  }

  newestArrival(): number {
    const second = (this.newestSecond.get() as { second: number | null }).second ?? 0;
    const record = this.newestRecord.get() as { arrival: number } | undefined;
    return Math.max(second * 1000, record?.arrival ?? 0);
  }

  append(record: NewRecord): void {
    const second = Math.floor(record.arrival / 1000);
    if (second !== this.lastSecond) {
      // OR IGNORE: after a restart within the same second, the row already holds an earlier counter.
      this.insertSecond.run(second, record.counter);
      this.lastSecond = second;
    }
    this.insert.run(
      record.counter,
      record.streamId,
      record.shardIndex,
      record.arrival,
      record.partitionKey,
      record.data,
    );
  }

  read(
    streamId: number,
    shardIndex: number,
    fromCounter: number,
    notBefore: number,
    limit: number,
    maxBytes: number,
  ): StoredRecord[] {
    const out: StoredRecord[] = [];
    let bytes = 0;
    // Iterating stops the scan at the byte budget without reading rows past it.
    for (const row of this.readFrom.iterate(
      streamId,
      shardIndex,
      fromCounter,
      notBefore,
      limit,
    ) as Iterable<RecordRow>) {
      out.push(toRecord(row));
      bytes += row.data.byteLength + Buffer.byteLength(row.partition_key);
      if (bytes >= maxBytes) break;
    }
    return out;
  }

  hasFrom(streamId: number, shardIndex: number, fromCounter: number): boolean {
    return this.existsFrom.get(streamId, shardIndex, fromCounter) !== undefined;
  }

  firstAtOrAfter(streamId: number, shardIndex: number, time: number): number | undefined {
    const second = Math.floor(time / 1000);
    return (this.atOrAfter.get(streamId, shardIndex, second, time) as { counter: number } | undefined)
      ?.counter;
  }

  latestArrival(streamId: number, shardIndex: number): number | undefined {
    return (this.latest.get(streamId, shardIndex) as { arrival: number } | undefined)?.arrival;
  }

  trim(streamId: number, shardIndex: number, time: number): void {
    this.trimShard.run(streamId, shardIndex, Math.ceil(time / 1000), time);
    this.forgetSeconds.run(Math.floor((time - MAX_RETENTION_HOURS * HOUR_MS) / 1000));
  }

  dropStream(streamId: number): void {
    this.dropAll.run(streamId);
  }

  clear(): void {
    this.db.exec("DELETE FROM kinesis_records; DELETE FROM kinesis_arrival_seconds");
    this.lastSecond = undefined;
  }
}

/** Streams' control-plane state, one JSON row per stream. */
export class SqliteStreamStore implements StreamStore {
  private readonly upsert: Statement;
  private readonly deleteOne: Statement;

  constructor(private readonly db: Database) {
    this.upsert = db.prepare(
      "INSERT INTO kinesis_streams (id, state) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state",
    );
    this.deleteOne = db.prepare("DELETE FROM kinesis_streams WHERE id = ?");
  }

  load(): StreamState[] {
    const rows = this.db.prepare("SELECT state FROM kinesis_streams ORDER BY id").all() as {
      state: string;
    }[];
    return rows.map((row) => streamFromJson(row.state));
  }

  save(stream: StreamState): void {
    this.upsert.run(stream.id, streamToJson(stream));
  }

  remove(streamId: number): void {
    this.deleteOne.run(streamId);
  }

  clear(): void {
    this.db.exec("DELETE FROM kinesis_streams");
  }
}
