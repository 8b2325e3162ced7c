import type { Database } from "../../core/store/store.js";
import type { AlarmRecord, HistoryItem } from "./alarm.js";
import { metricKey, type MetricIdentity } from "./metricKey.js";
import type { Sample } from "./statistics.js";

interface AlarmRow {
  alarm: string;
}
interface HistoryRow {
  account_id: string;
  region: string;
  item: string;
}
interface SampleRow {
  account_id: string;
  region: string;
  received_at: number;
  sample: string;
}

/**
 * The data dir's copy of CloudWatch's state. Alarms, history items and datapoints are stored as JSON documents:
 * they are only ever read back whole, at start-up and after a failed write.
 */
export class MonitoringTables {
  constructor(private readonly db: Database) {}

  saveAlarm(alarm: AlarmRecord): void {
    this.db
      .prepare(`INSERT OR REPLACE INTO monitoring_alarms VALUES (?, ?, ?, ?)`)
      .run(alarm.accountId, alarm.region, alarm.config.AlarmName, JSON.stringify(alarm));
  }

  deleteAlarm(alarm: AlarmRecord): void {
    this.db
      .prepare(`DELETE FROM monitoring_alarms WHERE account_id = ? AND region = ? AND name = ?`)
      .run(alarm.accountId, alarm.region, alarm.config.AlarmName);
  }

  insertHistory(accountId: string, region: string, item: HistoryItem): void {
    this.db
      .prepare(`INSERT INTO monitoring_history (account_id, region, timestamp, item) VALUES (?, ?, ?, ?)`)
      .run(accountId, region, item.timestamp, JSON.stringify(item));
  }

  deleteHistoryBefore(oldest: number): void {
    this.db.prepare(`DELETE FROM monitoring_history WHERE timestamp < ?`).run(oldest);
  }

  /** Writes a (possibly merged) one-second sample over the row it replaces. */
  saveSample(
    accountId: string,
    region: string,
    identity: MetricIdentity,
    sample: Sample,
    receivedAt: number,
  ): void {
    this.db
      .prepare(`INSERT OR REPLACE INTO monitoring_datapoints VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(
        accountId,
        region,
        metricKey(accountId, region, identity),
        sample.unit,
        sample.timestamp,
        receivedAt,
        JSON.stringify({ identity, sample }),
      );
  }

  deleteSamplesBefore(oldest: number): void {
    this.db.prepare(`DELETE FROM monitoring_datapoints WHERE timestamp < ?`).run(oldest);
  }

  clear(): void {
    this.db.exec(
      `DELETE FROM monitoring_alarms; DELETE FROM monitoring_history; DELETE FROM monitoring_datapoints;`,
    );
  }

  loadAlarms(): AlarmRecord[] {
    const rows = this.db.prepare(`SELECT alarm FROM monitoring_alarms`).all() as AlarmRow[];
    return rows.map((row) => JSON.parse(row.alarm) as AlarmRecord);
  }

  loadHistory(): { accountId: string; region: string; item: HistoryItem }[] {
    const rows = this.db
      .prepare(`SELECT account_id, region, item FROM monitoring_history ORDER BY id`)
      .all() as HistoryRow[];
    return rows.map((row) => ({
      accountId: row.account_id,
      region: row.region,
      item: JSON.parse(row.item) as HistoryItem,
    }));
  }

  loadSamples(): {
    accountId: string;
    region: string;
    identity: MetricIdentity;
    sample: Sample;
    receivedAt: number;
  }[] {
    const rows = this.db
      .prepare(`SELECT account_id, region, received_at, sample FROM monitoring_datapoints ORDER BY timestamp`)
      .all() as SampleRow[];
    return rows.map((row) => {
      const { identity, sample } = JSON.parse(row.sample) as { identity: MetricIdentity; sample: Sample };
      return { accountId: row.account_id, region: row.region, identity, sample, receivedAt: row.received_at };
    });
  }
}
