import type { Database } from "../../core/store/store.js";
import type { LogEventRecord, LogGroupRecord, LogStreamRecord } from "./model.js";

interface GroupRow {
  account_id: string;
  region: string;
  name: string;
  creation_time: number;
  log_group_class: string;
  kms_key_id: string | null;
  retention_in_days: number | null;
  tags: string;
}

interface StreamRow {
  account_id: string;
  region: string;
  group_name: string;
  name: string;
  creation_time: number;
  last_ingestion_time: number | null;
  stored_bytes: number;
}

interface EventRow {
  seq: number;
  account_id: string;
  region: string;
  group_name: string;
  stream_name: string;
  timestamp: number;
  ingestion_time: number;
  message: string;
}

/** The data dir's copy of CloudWatch Logs' state; writes run inside the action's store transaction. */
export class LogsTables {
  constructor(private readonly db: Database) {}

  saveGroup(group: LogGroupRecord): void {
    this.db
      .prepare(`INSERT OR REPLACE INTO logs_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        group.accountId,
        group.region,
        group.name,
        group.creationTime,
        group.logGroupClass,
        group.kmsKeyId ?? null,
        group.retentionInDays ?? null,
        JSON.stringify(group.tags),
      );
  }

  deleteGroup(group: LogGroupRecord): void {
    const key = [group.accountId, group.region, group.name];
    this.db.prepare(`DELETE FROM logs_groups WHERE account_id = ? AND region = ? AND name = ?`).run(...key);
    this.db
      .prepare(`DELETE FROM logs_streams WHERE account_id = ? AND region = ? AND group_name = ?`)
      .run(...key);
    this.db
      .prepare(`DELETE FROM logs_events WHERE account_id = ? AND region = ? AND group_name = ?`)
      .run(...key);
  }

  saveStream(group: LogGroupRecord, stream: LogStreamRecord): void {
    this.db
      .prepare(`INSERT OR REPLACE INTO logs_streams VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(
        group.accountId,
        group.region,
        group.name,
        stream.name,
        stream.creationTime,
        stream.lastIngestionTime ?? null,
        stream.storedBytes,
      );
  }

  insertEvents(group: LogGroupRecord, stream: LogStreamRecord, events: readonly LogEventRecord[]): void {
    const insert = this.db.prepare(`INSERT INTO logs_events VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const event of events) {
      insert.run(
        event.seq,
        group.accountId,
        group.region,
        group.name,
        stream.name,
        event.timestamp,
        event.ingestionTime,
        event.message,
      );
    }
  }

  deleteEventsBefore(group: LogGroupRecord, stream: LogStreamRecord, oldest: number): void {
    this.db
      .prepare(
        `DELETE FROM logs_events WHERE account_id = ? AND region = ? AND group_name = ? AND stream_name = ? AND timestamp < ?`,
      )
      .run(group.accountId, group.region, group.name, stream.name, oldest);
  }

  clear(): void {
    this.db.exec(`DELETE FROM logs_groups; DELETE FROM logs_streams; DELETE FROM logs_events;`);
  }

  load(): { groups: LogGroupRecord[]; maxSeq: number } {
    const groups = new Map<string, LogGroupRecord>();
    const key = (accountId: string, region: string, name: string): string => `${accountId}/${region}/${name}`;
    for (const row of this.db.prepare(`SELECT * FROM logs_groups`).all() as GroupRow[]) {
      groups.set(key(row.account_id, row.region, row.name), {
        accountId: row.account_id,
        region: row.region,
        name: row.name,
        creationTime: row.creation_time,
        logGroupClass: row.log_group_class,
        kmsKeyId: row.kms_key_id ?? undefined,
        retentionInDays: row.retention_in_days ?? undefined,
        tags: JSON.parse(row.tags) as Record<string, string>,
        streams: new Map(),
      });
    }
    for (const row of this.db.prepare(`SELECT * FROM logs_streams`).all() as StreamRow[]) {
      groups.get(key(row.account_id, row.region, row.group_name))?.streams.set(row.name, {
        name: row.name,
        creationTime: row.creation_time,
        lastIngestionTime: row.last_ingestion_time ?? undefined,
        storedBytes: row.stored_bytes,
        events: [],
      });
    }
    let maxSeq = 0;
    const events = this.db
      .prepare(`SELECT * FROM logs_events ORDER BY timestamp, seq`)
      .iterate() as IterableIterator<EventRow>;
    for (const row of events) {
      maxSeq = Math.max(maxSeq, row.seq);
      const stream = groups
        .get(key(row.account_id, row.region, row.group_name))
        ?.streams.get(row.stream_name);
      stream?.events.push({
        timestamp: row.timestamp,
        message: row.message,
        ingestionTime: row.ingestion_time,
        seq: row.seq,
      });
    }
    return { groups: [...groups.values()], maxSeq };
  }
}
