import type { Store } from "../../core/store/store.js";
import { shardIdOf } from "./sequence.js";

export type ShardListener = (shardId: string) => void;

/**
 * Wakes readers of a stream when one of its shards changes (records appended, shards opened or closed), once
 * the change is durable: with a data dir after the group commit that holds it (never when that commit fails
 * and is rolled back), in memory right after the action. Changes are gathered per commit, so a PutRecords of
 * 500 records wakes each listener once per shard. A write an AwsError rolled back inside a commit that
 * succeeded may still wake its readers: a reader woken for nothing reads nothing and waits again.
 */
export class ShardSignals {
  private readonly listeners = new Map<string, Set<ShardListener>>();
  /** Changed shards waiting for their commit, by the commit they wait for (undefined in memory). */
  private readonly waiting = new Map<Promise<void> | undefined, Map<string, Set<number>>>();

  constructor(
    private readonly store: Store,
    /** Where a listener's failure is reported: it must not stop the others, nor the writer. */
    private readonly report: (error: unknown) => void,
  ) {}

  watch(streamArn: string, listener: ShardListener): () => void {
    let set = this.listeners.get(streamArn);
    if (set === undefined) this.listeners.set(streamArn, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(streamArn) === set) this.listeners.delete(streamArn);
    };
  }

  /** Notes that a shard of the stream changed inside the current write (cheap when nobody watches). */
  changed(streamArn: string, shardIndex: number): void {
    if (!this.listeners.has(streamArn)) return;
    const commit = this.store.committed();
    let batch = this.waiting.get(commit);
    if (batch === undefined) {
      this.waiting.set(commit, (batch = new Map<string, Set<number>>()));
      const fire = (): void => this.fire(commit);
      if (commit === undefined) queueMicrotask(fire);
      else commit.then(fire, () => this.waiting.delete(commit));
    }
    let shards = batch.get(streamArn);
    if (shards === undefined) batch.set(streamArn, (shards = new Set<number>()));
    shards.add(shardIndex);
  }

  private fire(commit: Promise<void> | undefined): void {
    const batch = this.waiting.get(commit);
    this.waiting.delete(commit);
    for (const [streamArn, shards] of batch ?? []) {
      for (const shardIndex of shards) {
        for (const listener of [...(this.listeners.get(streamArn) ?? [])]) {
          try {
            listener(shardIdOf(shardIndex));
          } catch (error) {
            this.report(error);
          }
        }
      }
    }
  }
}
