import type { HashRange } from "./hashing.js";

export type StreamStatus = "CREATING" | "DELETING" | "ACTIVE" | "UPDATING";
export type StreamMode = "PROVISIONED" | "ON_DEMAND";

/** One shard of a stream; closed shards (resharded away) keep their records until retention drops them. */
export interface ShardState {
  readonly index: number;
  readonly range: HashRange;
  readonly parent?: number;
  readonly adjacentParent?: number;
  /** Counter of the first sequence number the shard can hold. */
  readonly startingCounter: number;
  /** Epoch ms. */
  readonly createdAt: number;
  /** Set once the shard is closed: the last counter it may hold (its writes stopped before this). */
  endingCounter?: number;
  /** Epoch ms the shard was closed; a closed shard expires from listings after the retention period. */
  closedAt?: number;
  /** The shards that replaced this one. */
  children?: number[];
}

export interface EnhancedMetricsState {
  shardLevelMetrics: string[];
}

/** An enhanced fan-out consumer registered on a stream. */
export interface ConsumerState {
  readonly name: string;
  readonly arn: string;
  status: "CREATING" | "ACTIVE" | "DELETING";
  /** Epoch ms. */
  readonly createdAt: number;
}

/** A stream's control-plane state; records live in the record store. */
export interface StreamState {
  /** Unique across the stream's lifetime: a recreated stream with the same name gets a new id. */
  readonly id: number;
  readonly accountId: string;
  readonly region: string;
  readonly name: string;
  readonly arn: string;
  status: StreamStatus;
  mode: StreamMode;
  retentionHours: number;
  encryptionType: "NONE" | "KMS";
  keyId?: string;
  shardLevelMetrics: string[];
  tags: Record<string, string>;
  /** Epoch ms. */
  readonly createdAt: number;
  shards: ShardState[];
  maxRecordSizeKiB: number;
  resourcePolicy?: string;
  consumers: ConsumerState[];
}

/** Hash ranges travel as decimal strings in storage: JSON has no big integers. */
export function streamToJson(stream: StreamState): string {
  return JSON.stringify(stream, (_key, value: unknown) =>
    typeof value === "bigint" ? `${value.toString()}n` : value,
  );
}

export function streamFromJson(text: string): StreamState {
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === "string" && /^\d+n$/.test(value) ? BigInt(value.slice(0, -1)) : value,
  ) as StreamState;
}

export function openShards(stream: StreamState): ShardState[] {
  return stream.shards.filter((shard) => shard.endingCounter === undefined);
}
