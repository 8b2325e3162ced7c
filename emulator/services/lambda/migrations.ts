import type { Migration } from "../../core/store/store.js";

export const lambdaMigrations: readonly Migration[] = [
  {
    version: 1,
    description:
      "Lambda functions (one JSON record each: versions, aliases, policy, tags, settings), deployment packages by CodeSha256, pending asynchronous invocations",
    up(db) {
      db.exec(`CREATE TABLE lambda_functions (
        account_id TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (account_id, region, name)
      ) WITHOUT ROWID`);
      db.exec(`CREATE TABLE lambda_code (sha256 TEXT PRIMARY KEY, zip BLOB NOT NULL) WITHOUT ROWID`);
      db.exec(`CREATE TABLE lambda_events (id TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID`);
    },
  },
];
