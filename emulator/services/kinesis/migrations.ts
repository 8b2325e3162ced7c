import type { Migration } from "../../core/store/store.js";

/**
 * Kinesis's schema. Streams are one JSON document each (their control-plane state is small and changes
 * rarely). Records are keyed by their global counter (the rowid, so appends go to the end of the table) and
 * indexed by (stream, shard, counter) for GetRecords' range scans and by (stream, shard, arrival) for
 * AT_TIMESTAMP and for trimming by retention without scanning other shards.
 */
export const kinesisMigrations: readonly Migration[] = [
  {
    version: 1,
    description: "streams and records",
    up(db) {
      db.exec(`
CREATE TABLE kinesis_streams (id INTEGER PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE kinesis_records (
  counter INTEGER PRIMARY KEY, stream_id INTEGER NOT NULL, shard INTEGER NOT NULL, arrival INTEGER NOT NULL,
  partition_key TEXT NOT NULL, data BLOB NOT NULL
);
CREATE INDEX kinesis_records_by_shard ON kinesis_records (stream_id, shard, counter);
CREATE INDEX kinesis_records_by_arrival ON kinesis_records (stream_id, shard, arrival);
`);
    },
  },
];
