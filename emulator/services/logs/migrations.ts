import type { Migration } from "../../core/store/store.js";

/** CloudWatch Logs' schema steps: groups, streams and events, tables prefixed `logs_`. */
export const logsMigrations: readonly Migration[] = [
  {
    version: 1,
    description: "log groups, log streams and log events",
    up(db) {
      db.exec(`
CREATE TABLE logs_groups (
  account_id TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, creation_time INTEGER NOT NULL,
  log_group_class TEXT NOT NULL, kms_key_id TEXT, retention_in_days INTEGER, tags TEXT NOT NULL,
  PRIMARY KEY (account_id, region, name)
) WITHOUT ROWID;
CREATE TABLE logs_streams (
  account_id TEXT NOT NULL, region TEXT NOT NULL, group_name TEXT NOT NULL, name TEXT NOT NULL,
  creation_time INTEGER NOT NULL, last_ingestion_time INTEGER, stored_bytes INTEGER NOT NULL,
  PRIMARY KEY (account_id, region, group_name, name)
) WITHOUT ROWID;
CREATE TABLE logs_events (
  seq INTEGER PRIMARY KEY, account_id TEXT NOT NULL, region TEXT NOT NULL, group_name TEXT NOT NULL,
  stream_name TEXT NOT NULL, timestamp INTEGER NOT NULL, ingestion_time INTEGER NOT NULL, message TEXT NOT NULL
);
CREATE INDEX logs_events_by_stream ON logs_events (account_id, region, group_name, stream_name, timestamp);
`);
    },
  },
];
