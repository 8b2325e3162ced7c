import type { Migration } from "../../core/store/store.js";

export const stsMigrations: readonly Migration[] = [
  {
    version: 1,
    description: "temporary credentials issued by AssumeRole and GetSessionToken",
    up(db) {
      db.exec(`CREATE TABLE sts_sessions (
        access_key_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, principal_arn TEXT NOT NULL,
        user_id TEXT NOT NULL, secret_access_key TEXT NOT NULL, expires_at INTEGER NOT NULL
      ) WITHOUT ROWID`);
    },
  },
];
