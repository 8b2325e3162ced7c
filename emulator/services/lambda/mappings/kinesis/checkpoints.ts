import type { Statement } from "better-sqlite3";
import type { Migration, Store } from "../../../../core/store/store.js";
import { compareSequence } from "./sequence.js";
import type { OpenWindow } from "./tumblingWindow.js";

/** Where one slot of a shard (a ParallelizationFactor lane) is: records after `afterSequenceNumber` come next. */
export interface SlotCheckpoint {
  readonly slot: number;
  /** The ParallelizationFactor the slots were cut for. */
  readonly slots: number;
  readonly afterSequenceNumber: string;
  /** The shard was closed and this slot read it to its end. */
  readonly ended: boolean;
  /** Under a tumbling window: the open window and its state, kept with the checkpoint as AWS keeps it. */
  readonly window?: OpenWindow;
}

const migrations: readonly Migration[] = [
  {
    version: 1,
    description: "checkpoints of Kinesis event source mappings, per mapping, shard and slot",
    up(db) {
      db.exec(`
CREATE TABLE lambda_kinesis_checkpoints (
  uuid TEXT NOT NULL, shard_id TEXT NOT NULL, slot INTEGER NOT NULL, slots INTEGER NOT NULL,
  after_sequence TEXT NOT NULL, ended INTEGER NOT NULL, PRIMARY KEY (uuid, shard_id, slot)
);
`);
    },
  },
  {
    version: 2,
    description: "tumbling windows' state with the checkpoints",
    up(db) {
      db.exec("ALTER TABLE lambda_kinesis_checkpoints ADD COLUMN window TEXT");
    },
  },
];

interface Row {
  slot: number;
  slots: number;
  after_sequence: string;
  ended: number;
  window: string | null;
}

/**
 * The checkpoints of every Kinesis mapping, in the core's store. Writes join the caller's transaction: the one
 * that decides a batch is done, so after a crash the poller resumes from the last committed checkpoint and
 * re-sends the batch that was in flight (at-least-once) without skipping any. With a database the rows are read
 * from it (only when a poller starts), so there is no memory copy to rebuild after a rollback.
 */
export class CheckpointTable {
  private readonly memory = new Map<string, Map<number, SlotCheckpoint>>();
  /** The statement every batch runs, prepared once. */
  private upsert: Statement | undefined;

  private constructor(private readonly store: Store) {}

  private static readonly tables = new WeakMap<Store, CheckpointTable>();

  /** The table of this store, created (and its schema migrated) on first use. */
  static of(store: Store): CheckpointTable {
    let table = CheckpointTable.tables.get(store);
    if (table === undefined) {
      store.migrate("lambda-kinesis-checkpoints", migrations);
      table = new CheckpointTable(store);
      CheckpointTable.tables.set(store, table);
    }
    return table;
  }

  /** The shard's slot checkpoints, by slot. */
  load(uuid: string, shardId: string): SlotCheckpoint[] {
    const db = this.store.database;
    if (db === undefined) return [...(this.memory.get(key(uuid, shardId))?.values() ?? [])];
    const rows = db
      .prepare(
        "SELECT slot, slots, after_sequence, ended, window FROM lambda_kinesis_checkpoints WHERE uuid = ? AND shard_id = ? ORDER BY slot",
      )
      .all(uuid, shardId) as Row[];
    return rows.map((row) => ({
      slot: row.slot,
      slots: row.slots,
      afterSequenceNumber: row.after_sequence,
      ended: row.ended === 1,
      ...(row.window === null ? {} : { window: JSON.parse(row.window) as OpenWindow }),
    }));
  }

  /**
   * The checkpoint of each of `slots` slots. When the shard was cut into another number of slots, every new
   * slot starts at the earliest old one: records may be sent twice, none is skipped.
   */
  slotsOf(uuid: string, shardId: string, slots: number): SlotCheckpoint[] | undefined {
    const saved = this.load(uuid, shardId);
    if (saved.length === 0) return undefined;
    if (saved.length === slots && saved.every((row) => row.slots === slots)) return saved;
    const earliest = saved.reduce((min, row) =>
      compareSequence(row.afterSequenceNumber, min.afterSequenceNumber) < 0 ? row : min,
    );
    const ended = saved.every((row) => row.ended);
    const rebased = Array.from({ length: slots }, (_, slot) => ({
      slot,
      slots,
      afterSequenceNumber: earliest.afterSequenceNumber,
      ended,
    }));
    this.store.transaction(() => {
      this.deleteShard(uuid, shardId);
      for (const row of rebased) this.save(uuid, shardId, row);
    });
    return rebased;
  }

  /** Whether the mapping ever read the shard (its children then start at their beginning). */
  known(uuid: string, shardId: string): boolean {
    return this.load(uuid, shardId).length > 0;
  }

  /** Whether every slot of the shard read it to its end. */
  ended(uuid: string, shardId: string): boolean {
    const rows = this.load(uuid, shardId);
    return rows.length > 0 && rows.every((row) => row.ended);
  }

  /** Stores a slot's checkpoint; call inside the transaction that decided it. */
  save(uuid: string, shardId: string, checkpoint: SlotCheckpoint): void {
    this.store.transaction(() => {
      const db = this.store.database;
      if (db === undefined) {
        const slots = this.memory.get(key(uuid, shardId)) ?? new Map<number, SlotCheckpoint>();
        slots.set(checkpoint.slot, checkpoint);
        this.memory.set(key(uuid, shardId), slots);
        return;
      }
      this.upsert ??= db.prepare(
        "INSERT OR REPLACE INTO lambda_kinesis_checkpoints (uuid, shard_id, slot, slots, after_sequence, ended, window) VALUES (?, ?, ?, ?, ?, ?, ?)",
      );
      this.upsert.run(
        uuid,
        shardId,
        checkpoint.slot,
        checkpoint.slots,
        checkpoint.afterSequenceNumber,
        checkpoint.ended ? 1 : 0,
        checkpoint.window === undefined ? null : JSON.stringify(checkpoint.window),
      );
    });
  }

  /** Forgets every checkpoint of a mapping (it was deleted). */
  forget(uuid: string): void {
    this.store.transaction(() => {
      const db = this.store.database;
      if (db === undefined) {
        for (const name of [...this.memory.keys()])
          if (name.startsWith(`${uuid}\n`)) this.memory.delete(name);
        return;
      }
      db.prepare("DELETE FROM lambda_kinesis_checkpoints WHERE uuid = ?").run(uuid);
    });
  }

  private deleteShard(uuid: string, shardId: string): void {
    const db = this.store.database;
    if (db === undefined) this.memory.delete(key(uuid, shardId));
    else
      db.prepare("DELETE FROM lambda_kinesis_checkpoints WHERE uuid = ? AND shard_id = ?").run(uuid, shardId);
  }
}

const key = (uuid: string, shardId: string): string => `${uuid}\n${shardId}`;
