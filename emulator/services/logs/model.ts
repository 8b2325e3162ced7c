import { arn } from "../../core/accounts.js";
import type { Clock } from "../../core/clock.js";
import type { ServiceSummary } from "../../core/service.js";
import type { Store } from "../../core/store/store.js";
import { noSuchLogGroup, noSuchLogStream } from "./errors.js";
import type { LogsTables } from "./tables.js";

export interface LogEventRecord {
  readonly timestamp: number;
  readonly message: string;
  readonly ingestionTime: number;
  /** Unique and increasing in ingestion order: FilterLogEvents' eventId and the tie-breaker of equal timestamps. */
  readonly seq: number;
}

export interface LogStreamRecord {
  readonly name: string;
  readonly creationTime: number;
  /** Sorted by (timestamp, seq). */
  events: LogEventRecord[];
  lastIngestionTime?: number;
  storedBytes: number;
}

export interface LogGroupRecord {
  readonly accountId: string;
  readonly region: string;
  readonly name: string;
  readonly creationTime: number;
  readonly logGroupClass: string;
  readonly kmsKeyId?: string;
  retentionInDays?: number;
  tags: Record<string, string>;
  readonly streams: Map<string, LogStreamRecord>;
}

const DAY_MS = 86_400_000;

/** CloudWatch Logs' groups, streams and events per account and region, mirrored to the data dir when there is one. */
export class LogsModel {
  /** `account/region` → group name → group. */
  private readonly regions = new Map<string, Map<string, LogGroupRecord>>();
  private nextSeq = 1;

  constructor(
    readonly clock: Clock,
    /** Each action's writes run in one transaction of this store. */
    readonly store: Store,
    private readonly tables: LogsTables | undefined,
  ) {
    this.restore();
  }

  groups(accountId: string, region: string): Map<string, LogGroupRecord> {
    const key = `${accountId}/${region}`;
    let groups = this.regions.get(key);
    if (groups === undefined) this.regions.set(key, (groups = new Map<string, LogGroupRecord>()));
    return groups;
  }

  group(accountId: string, region: string, name: string): LogGroupRecord {
    const group = this.groups(accountId, region).get(name);
    if (group === undefined) throw noSuchLogGroup();
    return group;
  }

  stream(group: LogGroupRecord, name: string): LogStreamRecord {
    const stream = group.streams.get(name);
    if (stream === undefined) throw noSuchLogStream();
    return stream;
  }

  addGroup(group: LogGroupRecord): void {
    this.groups(group.accountId, group.region).set(group.name, group);
    this.tables?.saveGroup(group);
  }

  /** Persists a group's changed settings (retention, tags). */
  updateGroup(group: LogGroupRecord): void {
    this.tables?.saveGroup(group);
  }

  deleteGroup(group: LogGroupRecord): void {
    this.groups(group.accountId, group.region).delete(group.name);
    this.tables?.deleteGroup(group);
  }

  addStream(group: LogGroupRecord, stream: LogStreamRecord): void {
    group.streams.set(stream.name, stream);
    this.tables?.saveStream(group, stream);
  }

  /** Appends events already checked for order and age; keeps the stream sorted by timestamp. */
  appendEvents(
    group: LogGroupRecord,
    stream: LogStreamRecord,
    events: readonly { timestamp: number; message: string }[],
  ): void {
    const ingestionTime = this.clock.now();
    const records = events.map((event) => ({ ...event, ingestionTime, seq: this.nextSeq++ }));
    stream.events.push(...records);
    stream.events.sort((a, b) => a.timestamp - b.timestamp || a.seq - b.seq);
    stream.lastIngestionTime = ingestionTime;
    stream.storedBytes += records.reduce((sum, event) => sum + Buffer.byteLength(event.message), 0);
    this.tables?.saveStream(group, stream);
    this.tables?.insertEvents(group, stream, records);
  }

  /** Drops events older than their group's retention, as CloudWatch Logs does once they expire. */
  applyRetention(): void {
    const now = this.clock.now();
    for (const groups of this.regions.values()) {
      for (const group of groups.values()) {
        if (group.retentionInDays === undefined) continue;
        const oldest = now - group.retentionInDays * DAY_MS;
        for (const stream of group.streams.values()) {
          const kept = stream.events.filter((event) => event.timestamp >= oldest);
          if (kept.length === stream.events.length) continue;
          stream.events = kept;
          stream.storedBytes = kept.reduce((sum, event) => sum + Buffer.byteLength(event.message), 0);
          this.tables?.saveStream(group, stream);
          this.tables?.deleteEventsBefore(group, stream, oldest);
        }
      }
    }
  }

  groupArn(group: LogGroupRecord): string {
    return arn("logs", group.region, group.accountId, `log-group:${group.name}`);
  }

  storedBytes(group: LogGroupRecord): number {
    let total = 0;
    for (const stream of group.streams.values()) total += stream.storedBytes;
    return total;
  }

  summary(): ServiceSummary {
    const out: ServiceSummary = {};
    for (const [key, groups] of this.regions) {
      if (groups.size === 0) continue;
      const [accountId, region] = key.split("/");
      let streams = 0;
      let events = 0;
      for (const group of groups.values()) {
        streams += group.streams.size;
        for (const stream of group.streams.values()) events += stream.events.length;
      }
      (out[accountId] ??= {})[region] = { logGroups: groups.size, logStreams: streams, logEvents: events };
    }
    return out;
  }

  reset(): void {
    this.regions.clear();
    this.tables?.clear();
  }

  /** Rebuilds memory from the data dir (at start and after a failed write). */
  restore(): void {
    this.regions.clear();
    if (this.tables === undefined) return;
    const loaded = this.tables.load();
    for (const group of loaded.groups) this.groups(group.accountId, group.region).set(group.name, group);
    this.nextSeq = loaded.maxSeq + 1;
  }
}
