import type { Clock, Timer } from "../../core/clock.js";
import { arn } from "../../core/accounts.js";
import type { ServiceSummary } from "../../core/service.js";
import type { Store } from "../../core/store/store.js";
import { KinesisErrors, streamNotActive, streamNotFound } from "./errors.js";
import { evenRanges, type HashRange } from "./hashing.js";
import type { KinesisMetrics } from "./metrics.js";
import type { ShardSignals } from "./shardSignals.js";
import type { RecordStore } from "./records.js";
import { HOUR_MS } from "./retention.js";
import type { StreamRef } from "./streamRef.js";
import type { StreamStore } from "./streamStore.js";
import { Throughput } from "./throughput.js";
import {
  openShards,
  type ConsumerState,
  type ShardState,
  type StreamMode,
  type StreamState,
} from "./streams.js";

export interface KinesisOptions {
  /** How long CREATING, UPDATING and DELETING last before the stream moves on. */
  readonly statusDelayMs: number;
  /** Per-shard write and read limits (off: every call goes through). */
  readonly throughputLimits: boolean;
}

/** AWS's default quotas for an account in a region. */
export const SHARD_LIMIT = 500;
export const ON_DEMAND_STREAM_LIMIT = 50;
/** Shards an ON_DEMAND stream starts with. */
export const ON_DEMAND_INITIAL_SHARDS = 4;
export const DEFAULT_RETENTION_HOURS = 24;
export const DEFAULT_MAX_RECORD_SIZE_KIB = 1024;

/**
 * Kinesis without HTTP: streams per (account, region, name), their status transitions on the clock, and the
 * record numbering every write goes through. Control-plane state is written through `streamStore` and records
 * through `records`, each call's writes inside one transaction of the core's store.
 */
export class KinesisModel {
  private readonly streams = new Map<string, StreamState>();
  private readonly transitions = new Map<string, Timer>();
  /** Live SubscribeToShard calls by consumer ARN and shard: one at a time each, as AWS allows. */
  readonly subscriptions = new Set<string>();
  private nextCounter = 1;
  private nextStreamId = 1;
  /** Arrival times never go backwards as counters grow (across restarts too), so reads by time are range scans. */
  private lastArrival = 0;
  readonly throughput: Throughput;

  constructor(
    readonly store: Store,
    readonly records: RecordStore,
    private readonly streamStore: StreamStore,
    readonly clock: Clock,
    readonly options: KinesisOptions,
    readonly kinesisMetrics: KinesisMetrics,
    /** Wakes readers (event source mappings) once a shard's change is committed. */
    readonly signals: ShardSignals,
  ) {
    this.throughput = new Throughput(clock, options.throughputLimits);
    this.restore();
  }

  /** Rebuilds memory from the stores (start-up, and after a rolled-back write). */
  restore(): void {
    for (const timer of this.transitions.values()) timer.cancel();
    this.transitions.clear();
    this.streams.clear();
    let counter = this.records.highestCounter() + 1;
    this.lastArrival = Math.max(this.lastArrival, this.records.newestArrival());
    for (const stream of this.streamStore.load()) {
      this.streams.set(keyOf(stream), stream);
      this.nextStreamId = Math.max(this.nextStreamId, stream.id + 1);
      for (const shard of stream.shards) {
        counter = Math.max(counter, shard.startingCounter, (shard.endingCounter ?? 0) + 1);
      }
      stream.consumers ??= [];
      if (stream.status !== "ACTIVE") this.scheduleTransition(stream);
      for (const consumer of stream.consumers)
        if (consumer.status !== "ACTIVE") this.scheduleConsumerTransition(stream, consumer);
    }
    this.nextCounter = Math.max(this.nextCounter, counter);
  }

  now(): number {
    return this.clock.now();
  }

  /** Takes the next record's counter and arrival time. */
  nextRecordStamp(): { counter: number; arrival: number } {
    this.lastArrival = Math.max(this.lastArrival, this.clock.now());
    return { counter: this.nextCounter++, arrival: this.lastArrival };
  }

  /** The counter the next record will get (LATEST iterators start there). */
  peekCounter(): number {
    return this.nextCounter;
  }

  createStream(
    ref: StreamRef,
    shardCount: number,
    mode: StreamMode,
    tags: Record<string, string>,
    maxRecordSizeKiB: number,
  ): void {
    if (this.streams.has(keyOfRef(ref)))
      throw KinesisErrors.resourceInUse(`Stream ${ref.name} under account ${ref.accountId} already exists.`);
    this.checkShardLimit(ref, shardCount);
    if (mode === "ON_DEMAND" && this.count(ref, (s) => s.mode === "ON_DEMAND") >= ON_DEMAND_STREAM_LIMIT)
      throw KinesisErrors.limitExceeded(
        `This request would exceed the on-demand stream limit of ${ON_DEMAND_STREAM_LIMIT} for account ${ref.accountId} in ${ref.region}.`,
      );
    const now = this.clock.now();
    const startingCounter = this.nextCounter;
    const stream: StreamState = {
      id: this.nextStreamId++,
      accountId: ref.accountId,
      region: ref.region,
      name: ref.name,
      arn: streamArn(ref),
      status: "CREATING",
      mode,
      retentionHours: DEFAULT_RETENTION_HOURS,
      encryptionType: "NONE",
      shardLevelMetrics: [],
      tags: { ...tags },
      createdAt: now,
      shards: evenRanges(shardCount).map((range, index) => ({
        index,
        range,
        startingCounter,
        createdAt: now,
      })),
      maxRecordSizeKiB,
      consumers: [],
    };
    this.streams.set(keyOf(stream), stream);
    this.save(stream);
    this.scheduleTransition(stream);
  }

  /** Marks the stream DELETING; it disappears (with its records) once the status delay has passed. */
  deleteStream(stream: StreamState): void {
    if (stream.status === "DELETING") return;
    stream.status = "DELETING";
    this.save(stream);
    this.scheduleTransition(stream);
  }

  /** A stream in any status, or undefined. */
  peek(ref: StreamRef): StreamState | undefined {
    return this.streams.get(keyOfRef(ref));
  }

  /** A stream in any status; ResourceNotFoundException when there is none. */
  find(ref: StreamRef): StreamState {
    const stream = this.streams.get(keyOfRef(ref));
    if (stream === undefined) throw streamNotFound(ref.name, ref.accountId);
    return stream;
  }

  /** A stream that takes reads and writes: ACTIVE or UPDATING (AWS answers as if the others did not exist). */
  findReadable(ref: StreamRef): StreamState {
    const stream = this.find(ref);
    if (stream.status !== "ACTIVE" && stream.status !== "UPDATING")
      throw streamNotFound(ref.name, ref.accountId);
    return stream;
  }

  /** A stream that takes a control-plane change: ACTIVE only. */
  findActive(ref: StreamRef): StreamState {
    const stream = this.find(ref);
    if (stream.status !== "ACTIVE") throw streamNotActive(ref.name, ref.accountId, stream.status);
    return stream;
  }

  /** Streams of one account and region, sorted by name. */
  list(accountId: string, region: string): StreamState[] {
    return [...this.streams.values()]
      .filter((stream) => stream.accountId === accountId && stream.region === region)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  openShardCount(accountId: string, region: string): number {
    return this.list(accountId, region).reduce((sum, stream) => sum + openShards(stream).length, 0);
  }

  onDemandStreamCount(accountId: string, region: string): number {
    return this.list(accountId, region).filter((stream) => stream.mode === "ON_DEMAND").length;
  }

  checkShardLimit(ref: Pick<StreamRef, "accountId" | "region">, added: number): void {
    const open = this.openShardCount(ref.accountId, ref.region);
    if (open + added > SHARD_LIMIT)
      throw KinesisErrors.limitExceeded(
        `This request would exceed the shard limit for the account ${ref.accountId} in ${ref.region}. Current shard count for the account: ${open}. Limit: ${SHARD_LIMIT}. Number of additional shards that would have resulted from this request: ${added}. Refer to the AWS Service Limits page for information on how to request a limit increase.`,
      );
  }

  /** Writes a changed stream (inside the caller's transaction). */
  save(stream: StreamState): void {
    this.store.transaction(() => this.streamStore.save(stream));
  }

  /** A control-plane change that takes the stream through UPDATING back to ACTIVE. */
  update(stream: StreamState, change: () => void, viaUpdating = true): void {
    change();
    if (viaUpdating) stream.status = "UPDATING";
    this.save(stream);
    if (viaUpdating) this.scheduleTransition(stream);
  }

  /**
   * Closes `close` and adds `children` in their place, without saving (resharding actions run this inside
   * `update`). A counter is taken so the closed shards end before their children start, and a short-lived
   * shard (created and closed in one call) still ends at or after its start.
   */
  replaceShards(
    stream: StreamState,
    close: readonly ShardState[],
    children: readonly { range: HashRange; parent: number; adjacentParent?: number }[],
  ): ShardState[] {
    const now = this.clock.now();
    const lastCounter = this.nextCounter++;
    let index = Math.max(-1, ...stream.shards.map((shard) => shard.index)) + 1;
    const added: ShardState[] = children.map((child) => ({
      index: index++,
      range: child.range,
      parent: child.parent,
      adjacentParent: child.adjacentParent,
      startingCounter: this.nextCounter,
      createdAt: now,
    }));
    for (const shard of close) {
      shard.endingCounter = lastCounter;
      shard.closedAt = now;
      shard.children = added
        .filter((child) => child.parent === shard.index || child.adjacentParent === shard.index)
        .map((child) => child.index);
    }
    stream.shards.push(...added);
    for (const shard of [...close, ...added]) this.signals.changed(stream.arn, shard.index);
    return added;
  }

  /** Drops records past retention and closed shards that have expired; never runs on a request's path. */
  trim(): void {
    const now = this.clock.now();
    this.store.transaction(() => {
      for (const stream of this.streams.values()) {
        const horizon = now - stream.retentionHours * HOUR_MS;
        for (const shard of stream.shards) this.records.trim(stream.id, shard.index, horizon);
        const live = stream.shards.filter(
          (shard) => shard.closedAt === undefined || shard.closedAt >= horizon,
        );
        if (live.length !== stream.shards.length) {
          stream.shards = live;
          this.streamStore.save(stream);
        }
      }
    });
  }

  /** The oldest arrival time a read may still return. */
  trimHorizon(stream: StreamState): number {
    return this.clock.now() - stream.retentionHours * HOUR_MS;
  }

  summary(): ServiceSummary {
    const summary: ServiceSummary = {};
    for (const stream of this.streams.values()) {
      const regions = (summary[stream.accountId] ??= {});
      const counts = (regions[stream.region] ??= { streams: 0, shards: 0 });
      counts.streams++;
      counts.shards += openShards(stream).length;
    }
    return summary;
  }

  reset(): void {
    for (const timer of this.transitions.values()) timer.cancel();
    this.transitions.clear();
    this.store.transaction(() => {
      this.streamStore.clear();
      this.records.clear();
    });
    this.streams.clear();
  }

  close(): void {
    for (const timer of this.transitions.values()) timer.cancel();
    this.transitions.clear();
  }

  private count(
    ref: Pick<StreamRef, "accountId" | "region">,
    test: (stream: StreamState) => boolean,
  ): number {
    return this.list(ref.accountId, ref.region).filter(test).length;
  }

  /** CREATING and UPDATING end in ACTIVE, DELETING in removal, after the configured delay. */
  private scheduleTransition(stream: StreamState): void {
    const key = `stream/${stream.id}`;
    this.transitions.get(key)?.cancel();
    const timer = this.clock.after(this.options.statusDelayMs, () => {
      this.transitions.delete(key);
      if (this.streams.get(keyOf(stream)) !== stream) return;
      this.store.transaction(() => {
        if (stream.status === "DELETING") {
          this.streams.delete(keyOf(stream));
          this.streamStore.remove(stream.id);
          this.records.dropStream(stream.id);
          for (const shard of stream.shards) this.signals.changed(stream.arn, shard.index);
        } else {
          stream.status = "ACTIVE";
          this.streamStore.save(stream);
        }
      });
    });
    this.transitions.set(key, timer);
  }

  /** A consumer's CREATING ends in ACTIVE and DELETING in removal, after the configured delay. */
  scheduleConsumerTransition(stream: StreamState, consumer: ConsumerState): void {
    const key = `consumer/${consumer.arn}`;
    this.transitions.get(key)?.cancel();
    const timer = this.clock.after(this.options.statusDelayMs, () => {
      this.transitions.delete(key);
      if (this.streams.get(keyOf(stream)) !== stream || !stream.consumers.includes(consumer)) return;
      if (consumer.status === "DELETING") stream.consumers = stream.consumers.filter((c) => c !== consumer);
      else consumer.status = "ACTIVE";
      this.save(stream);
    });
    this.transitions.set(key, timer);
  }

  /** The stream with this id if it still exists (a subscription outliving its stream ends). */
  current(stream: StreamState): StreamState | undefined {
    const found = this.streams.get(keyOf(stream));
    return found?.id === stream.id ? found : undefined;
  }
}

export function streamArn(ref: StreamRef): string {
  return arn("kinesis", ref.region, ref.accountId, `stream/${ref.name}`);
}

function keyOfRef(ref: StreamRef): string {
  return `${ref.accountId}/${ref.region}/${ref.name}`;
}

function keyOf(stream: StreamState): string {
  return keyOfRef(stream);
}
