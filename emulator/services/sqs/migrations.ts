import { existsSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Migration } from "../../core/store/store.js";

/** Where SQS kept its state before the services shared one database. */
const LEGACY_FILE = "sqs.sqlite3";
const LEGACY_ALIAS = "legacy_sqs";

const TABLES_V1 = `
CREATE TABLE sqs_queues (
  id INTEGER PRIMARY KEY, account_id TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, fifo INTEGER NOT NULL,
  attributes TEXT NOT NULL, tags TEXT NOT NULL, created_at INTEGER NOT NULL, last_modified_at INTEGER NOT NULL,
  last_purge_at INTEGER
);
CREATE TABLE sqs_messages (
  seq INTEGER PRIMARY KEY, queue_id INTEGER NOT NULL, message_id TEXT NOT NULL, body TEXT NOT NULL,
  attributes TEXT, trace_header TEXT, md5_of_body TEXT NOT NULL, md5_of_attributes TEXT, group_id TEXT,
  dedup_id TEXT, sender_id TEXT NOT NULL, sent_at INTEGER NOT NULL, visible_at INTEGER NOT NULL,
  receive_count INTEGER NOT NULL, first_receive_at INTEGER, receipt_token TEXT, received_at INTEGER,
  dead_letter_source_arn TEXT
);
CREATE INDEX sqs_messages_by_visibility ON sqs_messages (queue_id, visible_at);
CREATE TABLE sqs_dedup (
  queue_id INTEGER NOT NULL, key TEXT NOT NULL, message_id TEXT NOT NULL, seq INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, PRIMARY KEY (queue_id, key)
) WITHOUT ROWID;
CREATE TABLE sqs_move_tasks (
  handle TEXT PRIMARY KEY, source_arn TEXT NOT NULL, destination_arn TEXT, max_per_second INTEGER,
  status TEXT NOT NULL, moved INTEGER NOT NULL, to_move INTEGER NOT NULL, failure_reason TEXT,
  started_at INTEGER NOT NULL
);
CREATE TABLE sqs_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE sqs_deleted_queues (
  account_id TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, deleted_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, region, name)
) WITHOUT ROWID;
`;

/**
 * SQS's schema steps. Version 1 is the shared-database layout: tables prefixed `sqs_`, queues and deletion
 * cooldowns keyed by region too. A data dir written before it (SQS alone, in `sqs.sqlite3`, one region per
 * emulator) is imported: its queues go to `defaultRegion`, the region that emulator served, and the old file is
 * kept beside as `sqs.sqlite3.imported`.
 */
export function sqsMigrations(defaultRegion: string): readonly Migration[] {
  return [
    {
      version: 1,
      description: "one database for all services; queues per account and region",
      attach(dataDir) {
        const path = join(dataDir, LEGACY_FILE);
        return existsSync(path) ? { path, alias: LEGACY_ALIAS } : undefined;
      },
      up(db) {
        db.exec(TABLES_V1);
        const legacy = db
          .prepare("SELECT name FROM pragma_database_list WHERE name = ?")
          .get(LEGACY_ALIAS) as { name: string } | undefined;
        if (!legacy) return;
        const from = (table: string): string => `${LEGACY_ALIAS}.${table}`;
        db.prepare(
          `INSERT INTO sqs_queues SELECT id, account_id, @region, name, fifo, attributes, tags, created_at,
             last_modified_at, last_purge_at FROM ${from("queues")}`,
        ).run({ region: defaultRegion });
        db.exec(`INSERT INTO sqs_messages SELECT * FROM ${from("messages")}`);
        db.exec(`INSERT INTO sqs_dedup SELECT * FROM ${from("dedup")}`);
        db.exec(`INSERT INTO sqs_move_tasks SELECT * FROM ${from("move_tasks")}`);
        db.exec(`INSERT INTO sqs_counters SELECT * FROM ${from("counters")}`);
        db.prepare(
          `INSERT INTO sqs_deleted_queues SELECT account_id, @region, name, deleted_at FROM ${from("deleted_queues")}`,
        ).run({ region: defaultRegion });
      },
      afterCommit(dataDir) {
        const path = join(dataDir, LEGACY_FILE);
        if (existsSync(path)) renameSync(path, `${path}.imported`);
        for (const suffix of ["-wal", "-shm"])
          if (existsSync(path + suffix)) renameSync(path + suffix, `${path}.imported${suffix}`);
      },
    },
  ];
}
