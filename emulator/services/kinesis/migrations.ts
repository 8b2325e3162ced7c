import type { Migration } from "../../core/store/store.js";

/**
 * Kinesis's schema. Streams are one JSON document each (their control-plane state is small and changes
 * rarely). Records are keyed by their global counter (the rowid, so appends go to the end of the table) and
 * indexed by (stream, shard, counter) for GetRecords' range scans. Version 1 also indexed every record's arrival
 * for AT_TIMESTAMP and trimming; arrivals never go backwards as counters grow, so version 2 keeps one row per
 * second instead (the first counter written in it), which bounds the same range scans on the counter index at a
 * fraction of the write cost (an index entry per record was a third of a PutRecords call's inserts).
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
  {
    version: 2,
    description: "arrival seconds instead of an index on every record's arrival",
    up(db) {
      db.exec(`
CREATE TABLE kinesis_arrival_seconds (second INTEGER PRIMARY KEY, first_counter INTEGER NOT NULL);
INSERT INTO kinesis_arrival_seconds (second, first_counter)
  SELECT arrival / 1000, MIN(counter) FROM kinesis_records GROUP BY arrival / 1000;
DROP INDEX kinesis_records_by_arrival;
`);
    },
  },
];
