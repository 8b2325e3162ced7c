import type { Migration } from "../../core/store/store.js";

/** CloudWatch's schema steps: alarms, their history and datapoints, tables prefixed `monitoring_`. */
export const monitoringMigrations: readonly Migration[] = [
  {
    version: 1,
    description: "alarms, alarm history and datapoints",
    up(db) {
      db.exec(`
CREATE TABLE monitoring_alarms (
  account_id TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, alarm TEXT NOT NULL,
  PRIMARY KEY (account_id, region, name)
) WITHOUT ROWID;
CREATE TABLE monitoring_history (
  id INTEGER PRIMARY KEY, account_id TEXT NOT NULL, region TEXT NOT NULL, timestamp INTEGER NOT NULL, item TEXT NOT NULL
);
CREATE TABLE monitoring_datapoints (
  account_id TEXT NOT NULL, region TEXT NOT NULL, metric TEXT NOT NULL, unit TEXT NOT NULL,
  timestamp INTEGER NOT NULL, received_at INTEGER NOT NULL, sample TEXT NOT NULL,
  PRIMARY KEY (account_id, region, metric, unit, timestamp)
) WITHOUT ROWID;
CREATE INDEX monitoring_datapoints_by_time ON monitoring_datapoints (timestamp);
`);
    },
  },
];
