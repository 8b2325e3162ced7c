/** A stored record, as GetRecords returns it (data kept as raw bytes). */
export interface StoredRecord {
  /** Global counter; with the shard index it makes the sequence number. */
  readonly counter: number;
  /** Epoch ms (ApproximateArrivalTimestamp). */
  readonly arrival: number;
  readonly partitionKey: string;
  readonly data: Buffer;
}

export interface NewRecord extends StoredRecord {
  readonly streamId: number;
  readonly shardIndex: number;
}

/**
 * Where records live: per (stream, shard), ordered by counter. Reads are range scans from a counter; trimming
 * drops a shard's records older than a time. The memory and SQLite forms behave the same.
 */
export interface RecordStore {
  /** The highest counter ever stored (0 when none), so numbering resumes after a restart. */
  highestCounter(): number;
  /** The latest arrival ever stored (0 when none), so arrivals never go backwards after a restart either. */
  newestArrival(): number;
  append(record: NewRecord): void;
  /** Records with counter >= `fromCounter` and arrival >= `notBefore`, in order, at most `limit`, stopping once `maxBytes` is reached. */
  read(
    streamId: number,
    shardIndex: number,
    fromCounter: number,
    notBefore: number,
    limit: number,
    maxBytes: number,
  ): StoredRecord[];
  /** Whether the shard has a record at or after `fromCounter`. */
  hasFrom(streamId: number, shardIndex: number, fromCounter: number): boolean;
  /** The counter of the shard's first record arriving at or after `time`, undefined when none. */
  firstAtOrAfter(streamId: number, shardIndex: number, time: number): number | undefined;
  /** The shard's newest record's arrival, undefined when empty. */
  latestArrival(streamId: number, shardIndex: number): number | undefined;
  /** Drops the shard's records that arrived before `time`. */
  trim(streamId: number, shardIndex: number, time: number): void;
  dropStream(streamId: number): void;
  clear(): void;
}

/** Records in memory: one array per shard, ordered by counter (appends only ever grow the counter). */
export class MemoryRecordStore implements RecordStore {
  private readonly shards = new Map<string, StoredRecord[]>();
  private highest = 0;
  private newest = 0;

  highestCounter(): number {
    return this.highest;
  }

  newestArrival(): number {
    return this.newest;
  }

  append(record: NewRecord): void {
    const key = `${record.streamId}/${record.shardIndex}`;
    let list = this.shards.get(key);
    if (!list) this.shards.set(key, (list = []));
    list.push({
      counter: record.counter,
      arrival: record.arrival,
      partitionKey: record.partitionKey,
      data: record.data,
    });
    this.highest = Math.max(this.highest, record.counter);
    this.newest = Math.max(this.newest, record.arrival);
  }

  read(
    streamId: number,
    shardIndex: number,
    fromCounter: number,
    notBefore: number,
    limit: number,
    maxBytes: number,
  ): StoredRecord[] {
    const list = this.list(streamId, shardIndex);
    const out: StoredRecord[] = [];
    let bytes = 0;
    for (let i = firstIndexFrom(list, fromCounter); i < list.length && out.length < limit; i++) {
      const record = list[i];
      if (record.arrival < notBefore) continue;
      out.push(record);
      bytes += record.data.byteLength + Buffer.byteLength(record.partitionKey);
      if (bytes >= maxBytes) break;
    }
    return out;
  }

  hasFrom(streamId: number, shardIndex: number, fromCounter: number): boolean {
    const list = this.list(streamId, shardIndex);
    return firstIndexFrom(list, fromCounter) < list.length;
  }

  firstAtOrAfter(streamId: number, shardIndex: number, time: number): number | undefined {
    // Arrival times never go backwards within a shard, so the first at or after `time` is found by bisection.
    const list = this.list(streamId, shardIndex);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (list[mid].arrival < time) low = mid + 1;
      else high = mid;
    }
    return list[low]?.counter;
  }

  latestArrival(streamId: number, shardIndex: number): number | undefined {
    return this.list(streamId, shardIndex).at(-1)?.arrival;
  }

  trim(streamId: number, shardIndex: number, time: number): void {
    const list = this.list(streamId, shardIndex);
    let drop = 0;
    while (drop < list.length && list[drop].arrival < time) drop++;
    if (drop > 0) list.splice(0, drop);
  }

  dropStream(streamId: number): void {
    for (const key of this.shards.keys()) if (key.startsWith(`${streamId}/`)) this.shards.delete(key);
  }

  clear(): void {
    this.shards.clear();
  }

  private list(streamId: number, shardIndex: number): StoredRecord[] {
    return this.shards.get(`${streamId}/${shardIndex}`) ?? [];
  }
}

/** Binary search: the position of the first record whose counter is >= `counter`. */
function firstIndexFrom(list: readonly StoredRecord[], counter: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid].counter < counter) low = mid + 1;
    else high = mid;
  }
  return low;
}
