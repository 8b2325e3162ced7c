import type { Migration } from "../../../core/store/store.js";

export const mappingMigrations: readonly Migration[] = [
  {
    version: 1,
    description: "Lambda event source mappings (one JSON record each: configuration, state, tags)",
    up(db) {
      db.exec(`CREATE TABLE lambda_mappings (uuid TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID`);
    },
  },
];
