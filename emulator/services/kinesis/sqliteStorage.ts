import type { Database, Statement } from "better-sqlite3";
import type { NewRecord, RecordStore, StoredRecord } from "./records.js";
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

/** The record statements, exported so tests can check SQLite plans them as index range scans. */
export const RECORD_SQL = {
  insert:
    "INSERT INTO kinesis_records (counter, stream_id, shard, arrival, partition_key, data) VALUES (?, ?, ?, ?, ?, ?)",
  readFrom:
    "SELECT counter, arrival, partition_key, data FROM kinesis_records WHERE stream_id = ? AND shard = ? AND counter >= ? AND arrival >= ? ORDER BY counter LIMIT ?",
  existsFrom: "SELECT 1 FROM kinesis_records WHERE stream_id = ? AND shard = ? AND counter >= ? LIMIT 1",
  atOrAfter:
    "SELECT counter FROM kinesis_records WHERE stream_id = ? AND shard = ? AND arrival >= ? ORDER BY arrival, counter LIMIT 1",
  latest:
    "SELECT arrival FROM kinesis_records WHERE stream_id = ? AND shard = ? ORDER BY counter DESC LIMIT 1",
  trimShard: "DELETE FROM kinesis_records WHERE stream_id = ? AND shard = ? AND arrival < ?",
  dropAll: "DELETE FROM kinesis_records WHERE stream_id = ?",
  maxCounter: "SELECT MAX(counter) AS counter FROM kinesis_records",
} as const;

/** Records in the core's database: every read is an index range scan on one shard. */
export class SqliteRecordStore implements RecordStore {
  private readonly insert: Statement;
  private readonly readFrom: Statement;
  private readonly existsFrom: Statement;
  private readonly atOrAfter: Statement;
  private readonly latest: Statement;
  private readonly trimShard: Statement;
  private readonly dropAll: Statement;
  private readonly maxCounter: Statement;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(RECORD_SQL.insert);
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

  append(record: NewRecord): void {
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
    return (this.atOrAfter.get(streamId, shardIndex, time) as { counter: number } | undefined)?.counter;
  }

  latestArrival(streamId: number, shardIndex: number): number | undefined {
    return (this.latest.get(streamId, shardIndex) as { arrival: number } | undefined)?.arrival;
  }

  trim(streamId: number, shardIndex: number, time: number): void {
    this.trimShard.run(streamId, shardIndex, time);
  }

  dropStream(streamId: number): void {
    this.dropAll.run(streamId);
  }

  clear(): void {
    this.db.exec("DELETE FROM kinesis_records");
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
