import type { Clock } from "../../core/clock.js";
import type { AwsError } from "../../core/errors.js";
import { KinesisErrors } from "./errors.js";
import { shardIdOf } from "./sequence.js";
import type { ShardState, StreamState } from "./streams.js";
import { recordSize, type RecordToPut } from "./writes.js";

/** A provisioned shard's limits, per second. */
export const WRITE_RECORDS_PER_SECOND = 1000;
export const WRITE_BYTES_PER_SECOND = 1024 * 1024;
export const READ_CALLS_PER_SECOND = 5;
export const READ_BYTES_PER_SECOND = 2 * 1024 * 1024;

interface Window {
  second: number;
  records: number;
  bytes: number;
  reads: number;
  readBytes: number;
}

/**
 * Per-shard throughput limits of PROVISIONED streams, counted in one-second windows on the core's clock. Off
 * by default (every call goes through); on, producers and consumers see ProvisionedThroughputExceededException
 * as AWS sends it, so their retry logic can be exercised.
 */
export class Throughput {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    readonly enabled: boolean,
  ) {}

  /**
   * The refusal of a write, counted when admitted. `at` is the instant of the call: every record of one
   * PutRecords is judged in the same second, so a batch cannot slip records into the next window just
   * because admitting it took long enough to cross a second boundary.
   */
  refuseWrite(
    stream: StreamState,
    shard: ShardState,
    record: RecordToPut,
    at = this.clock.now(),
  ): AwsError | undefined {
    if (!this.applies(stream)) return undefined;
    const window = this.window(stream, shard, at);
    const size = recordSize(record);
    if (window.records + 1 > WRITE_RECORDS_PER_SECOND || window.bytes + size > WRITE_BYTES_PER_SECOND)
      return exceeded(stream, shard);
    window.records++;
    window.bytes += size;
    return undefined;
  }

  /** Counts a GetRecords call, refusing it past 5 calls or 2 MiB read in the current second. */
  admitRead(stream: StreamState, shard: ShardState): void {
    if (!this.applies(stream)) return;
    const window = this.window(stream, shard);
    if (window.reads + 1 > READ_CALLS_PER_SECOND || window.readBytes >= READ_BYTES_PER_SECOND)
      throw exceeded(stream, shard);
    window.reads++;
  }

  countRead(stream: StreamState, shard: ShardState, bytes: number): void {
    if (this.applies(stream)) this.window(stream, shard).readBytes += bytes;
  }

  private applies(stream: StreamState): boolean {
    return this.enabled && stream.mode === "PROVISIONED";
  }

  private window(stream: StreamState, shard: ShardState, at = this.clock.now()): Window {
    const key = `${stream.id}/${shard.index}`;
    const second = Math.floor(at / 1000);
    let window = this.windows.get(key);
    if (window === undefined || window.second !== second) {
      window = { second, records: 0, bytes: 0, reads: 0, readBytes: 0 };
      this.windows.set(key, window);
    }
    return window;
  }
}

function exceeded(stream: StreamState, shard: ShardState): AwsError {
  return KinesisErrors.provisionedThroughputExceeded(
    `Rate exceeded for shard ${shardIdOf(shard.index)} in stream ${stream.name} under account ${stream.accountId}.`,
  );
}
