import type { Migration } from "../../core/store/store.js";

export const iamMigrations: readonly Migration[] = [
  {
    version: 1,
    description: "IAM users, roles, managed policies and access keys, one JSON record per entity",
    up(db) {
      db.exec(`CREATE TABLE iam_entities (
        account_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (account_id, kind, name)
      ) WITHOUT ROWID`);
    },
  },
];
