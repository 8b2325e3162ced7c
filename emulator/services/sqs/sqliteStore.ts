import type { Database, Store } from "../../core/store/store.js";
import type { QueueAttributes } from "./attributes.js";
import type { MessageAttributeMap } from "./md5.js";
import {
  DELETED_NAME_BLOCK_MS,
  type DedupRecord,
  type DeletedQueueRecord,
  type MessageContent,
  type MessageRecord,
  type MessagesOnDisk,
  type MoveTaskRecord,
  type QueueRecord,
  type SqsStore,
  type StoreSnapshot,
  type WaitingKey,
} from "./store.js";

interface QueueRow {
  id: number;
  account_id: string;
  region: string;
  name: string;
  fifo: number;
  attributes: string;
  tags: string;
  created_at: number;
  last_modified_at: number;
  last_purge_at: number | null;
}

interface MessageRow {
  seq: number;
  queue_id: number;
  message_id: string;
  body: string | null;
  attributes: string | null;
  trace_header: string | null;
  md5_of_body: string;
  md5_of_attributes: string | null;
  group_id: string | null;
  dedup_id: string | null;
  sender_id: string;
  sent_at: number;
  visible_at: number;
  receive_count: number;
  first_receive_at: number | null;
  receipt_token: string | null;
  received_at: number | null;
  dead_letter_source_arn: string | null;
}

interface MoveTaskRow {
  handle: string;
  source_arn: string;
  destination_arn: string | null;
  max_per_second: number | null;
  status: MoveTaskRecord["status"];
  moved: number;
  to_move: number;
  failure_reason: string | null;
  started_at: number;
}

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

/** Up to this depth a queue's newest messages are sorted out of the visibility index (a few milliseconds). */
const SORTED_PEEK_DEPTH = 10_000;

/** Every message column but the content, which is read only on delivery. */
const MESSAGE_INDEX_COLUMNS =
  "seq, queue_id, message_id, NULL AS body, NULL AS attributes, trace_header, md5_of_body, md5_of_attributes, group_id, dedup_id, sender_id, sent_at, visible_at, receive_count, first_receive_at, receipt_token, received_at, dead_letter_source_arn";

function toMessageRecord(row: MessageRow): MessageRecord {
  return {
    seq: row.seq,
    queueId: row.queue_id,
    messageId: row.message_id,
    body: orUndefined(row.body),
    attributes: row.attributes === null ? undefined : (JSON.parse(row.attributes) as MessageAttributeMap),
    traceHeader: orUndefined(row.trace_header),
    md5OfBody: row.md5_of_body,
    md5OfAttributes: orUndefined(row.md5_of_attributes),
    groupId: orUndefined(row.group_id),
    dedupId: orUndefined(row.dedup_id),
    senderId: row.sender_id,
    sentAt: row.sent_at,
    visibleAt: row.visible_at,
    receiveCount: row.receive_count,
    firstReceiveAt: orUndefined(row.first_receive_at),
    receiptToken: orUndefined(row.receipt_token),
    receivedAt: orUndefined(row.received_at),
    deadLetterSourceArn: orUndefined(row.dead_letter_source_arn),
  };
}

/**
 * SQS's tables in the core's SQLite database (WAL, group commit: see the core store). One secondary index, by
 * queue and visible time, is the standard queues' index of waiting messages: the model holds only a window of
 * it in memory.
 */
export class SqliteSqsStore implements SqsStore {
  private readonly db: Database;
  private readonly statements;

  constructor(
    private readonly core: Store,
    database: Database,
  ) {
    this.db = database;
    const db = database;
    this.statements = {
      putQueue: db.prepare(
        `INSERT OR REPLACE INTO sqs_queues (id, account_id, region, name, fifo, attributes, tags, created_at,
           last_modified_at, last_purge_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      deleteQueue: db.prepare("DELETE FROM sqs_queues WHERE id = ?"),
      deleteQueueDedup: db.prepare("DELETE FROM sqs_dedup WHERE queue_id = ?"),
      recordDeletion: db.prepare(
        "INSERT OR REPLACE INTO sqs_deleted_queues (account_id, region, name, deleted_at) VALUES (?, ?, ?, ?)",
      ),
      // A message is inserted as sent, before any receive: its receive state is the columns' starting values.
      insertMessage: db.prepare(
        `INSERT INTO sqs_messages (seq, queue_id, message_id, body, attributes, trace_header, md5_of_body, md5_of_attributes,
           group_id, dedup_id, sender_id, sent_at, visible_at, receive_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
      ),
      updateMessage: db.prepare(
        `UPDATE sqs_messages SET visible_at = ?, receive_count = ?, first_receive_at = ?, receipt_token = ?, received_at = ?
         WHERE seq = ?`,
      ),
      moveMessage: db.prepare(
        `UPDATE sqs_messages SET seq = ?, queue_id = ?, sent_at = ?, visible_at = ?, receive_count = ?, first_receive_at = ?,
           receipt_token = ?, received_at = ?, dead_letter_source_arn = ? WHERE seq = ?`,
      ),
      readContent: db.prepare("SELECT body, attributes FROM sqs_messages WHERE seq = ?"),
      // Served by messages_by_visibility (queue_id, visible_at, then the rowid seq): no sort, no scan.
      readWaiting: db.prepare(
        `SELECT ${MESSAGE_INDEX_COLUMNS} FROM sqs_messages
         WHERE queue_id = ? AND (visible_at, seq) > (?, ?) ORDER BY visible_at, seq LIMIT ?`,
      ),
      readMessage: db.prepare(`SELECT ${MESSAGE_INDEX_COLUMNS} FROM sqs_messages WHERE seq = ?`),
      // A shallow queue's messages are found by the visibility index and sorted (cost: the queue's depth); a
      // deep one's newest by walking the table back from its newest rows (cost: the rows sent since them).
      readNewestSorted: db.prepare(
        "SELECT * FROM sqs_messages INDEXED BY sqs_messages_by_visibility WHERE queue_id = ? ORDER BY seq DESC LIMIT ?",
      ),
      readNewestBackwards: db.prepare(
        "SELECT * FROM sqs_messages NOT INDEXED WHERE queue_id = ? ORDER BY seq DESC LIMIT ?",
      ),
      expireMessages: db.prepare(
        `DELETE FROM sqs_messages WHERE queue_id = ? AND sent_at <= ? RETURNING ${MESSAGE_INDEX_COLUMNS}`,
      ),
      oldestSentAt: db.prepare("SELECT MIN(sent_at) AS sentAt FROM sqs_messages WHERE queue_id = ?"),
      deleteMessage: db.prepare("DELETE FROM sqs_messages WHERE seq = ?"),
      deleteQueueMessages: db.prepare("DELETE FROM sqs_messages WHERE queue_id = ?"),
      pruneDedup: db.prepare("DELETE FROM sqs_dedup WHERE expires_at <= ?"),
      pruneDeletedQueues: db.prepare("DELETE FROM sqs_deleted_queues WHERE deleted_at <= ?"),
      putCounter: db.prepare("INSERT OR REPLACE INTO sqs_counters (name, value) VALUES (?, ?)"),
      putDedup: db.prepare(
        "INSERT OR REPLACE INTO sqs_dedup (queue_id, key, message_id, seq, expires_at) VALUES (?, ?, ?, ?, ?)",
      ),
      putMoveTask: db.prepare(
        `INSERT OR REPLACE INTO sqs_move_tasks (handle, source_arn, destination_arn, max_per_second, status, moved, to_move,
           failure_reason, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  prune(now: number): void {
    this.transaction(() => {
      this.statements.pruneDedup.run(now);
      this.statements.pruneDeletedQueues.run(now - DELETED_NAME_BLOCK_MS);
    });
  }

  load(now: number): StoreSnapshot {
    this.prune(now);
    const queues = (this.db.prepare("SELECT * FROM sqs_queues ORDER BY id").all() as QueueRow[]).map(
      (row): QueueRecord => ({
        id: row.id,
        accountId: row.account_id,
        region: row.region,
        name: row.name,
        fifo: row.fifo === 1,
        attributes: JSON.parse(row.attributes) as QueueAttributes,
        tags: JSON.parse(row.tags) as Record<string, string>,
        createdAt: row.created_at,
        lastModifiedAt: row.last_modified_at,
        lastPurgeAt: orUndefined(row.last_purge_at),
      }),
    );
    // FIFO queues are held whole; standard queues only by their in-flight messages (the rest is read in windows).
    const messages = (
      this.db
        .prepare(
          `SELECT ${MESSAGE_INDEX_COLUMNS} FROM sqs_messages
           WHERE queue_id IN (SELECT id FROM sqs_queues WHERE fifo = 1)
              OR (receipt_token IS NOT NULL AND visible_at > @now)
           ORDER BY seq`,
        )
        .all({ now }) as MessageRow[]
    ).map(toMessageRecord);
    const onDisk = new Map<number, MessagesOnDisk>();
    const countRows = this.db
      .prepare(
        `SELECT queue_id, COUNT(*) AS count FROM sqs_messages
         WHERE queue_id IN (SELECT id FROM sqs_queues WHERE fifo = 0)
           AND NOT (receipt_token IS NOT NULL AND visible_at > @now)
         GROUP BY queue_id`,
      )
      .all({ now }) as { queue_id: number; count: number }[];
    for (const row of countRows)
      onDisk.set(row.queue_id, { queueId: row.queue_id, count: row.count, delayedUntil: [] });
    const delayedRows = this.db
      .prepare(
        `SELECT queue_id, visible_at FROM sqs_messages
         WHERE receipt_token IS NULL AND visible_at > @now AND queue_id IN (SELECT id FROM sqs_queues WHERE fifo = 0)`,
      )
      .all({ now }) as { queue_id: number; visible_at: number }[];
    for (const row of delayedRows) onDisk.get(row.queue_id)?.delayedUntil.push(row.visible_at);
    const dedup = (
      this.db
        .prepare("SELECT queue_id, key, message_id, seq, expires_at FROM sqs_dedup ORDER BY expires_at")
        .all() as {
        queue_id: number;
        key: string;
        message_id: string;
        seq: number;
        expires_at: number;
      }[]
    ).map((row): DedupRecord => ({
      queueId: row.queue_id,
      key: row.key,
      messageId: row.message_id,
      seq: row.seq,
      expiresAt: row.expires_at,
    }));
    const moveTasks = (
      this.db.prepare("SELECT * FROM sqs_move_tasks ORDER BY started_at").all() as MoveTaskRow[]
    ).map((row): MoveTaskRecord => ({
      handle: row.handle,
      sourceArn: row.source_arn,
      destinationArn: orUndefined(row.destination_arn),
      maxPerSecond: orUndefined(row.max_per_second),
      status: row.status,
      moved: row.moved,
      toMove: row.to_move,
      failureReason: orUndefined(row.failure_reason),
      startedAt: row.started_at,
    }));
    const deletedQueues = (
      this.db.prepare("SELECT account_id, region, name, deleted_at FROM sqs_deleted_queues").all() as {
        account_id: string;
        region: string;
        name: string;
        deleted_at: number;
      }[]
    ).map((row): DeletedQueueRecord => ({
      accountId: row.account_id,
      region: row.region,
      name: row.name,
      deletedAt: row.deleted_at,
    }));
    const counters = Object.fromEntries(
      (
        this.db.prepare("SELECT name, value FROM sqs_counters").all() as { name: string; value: number }[]
      ).map((row) => [row.name, row.value]),
    );
    const { maxSeq } = this.db.prepare("SELECT MAX(seq) AS maxSeq FROM sqs_messages").get() as {
      maxSeq: number | null;
    };
    counters.seq = Math.max(counters.seq ?? 1, (maxSeq ?? 0) + 1);
    return { queues, messages, onDisk: [...onDisk.values()], dedup, moveTasks, deletedQueues, counters };
  }

  transaction<T>(work: () => T): T {
    return this.core.transaction(work);
  }

  joinTransaction<T>(work: () => T): T {
    return this.core.joinTransaction(work);
  }

  clear(): void {
    // The id high-water marks stay: a receipt handle from before the reset must never name a newer message.
    for (const table of ["queues", "messages", "dedup", "move_tasks", "deleted_queues"]) {
      this.db.exec(`DELETE FROM sqs_${table}`);
    }
  }

  putQueue(q: QueueRecord): void {
    this.statements.putQueue.run(
      q.id,
      q.accountId,
      q.region,
      q.name,
      q.fifo ? 1 : 0,
      JSON.stringify(q.attributes),
      JSON.stringify(q.tags),
      q.createdAt,
      q.lastModifiedAt,
      q.lastPurgeAt ?? null,
    );
  }

  deleteQueue(q: QueueRecord, deletedAt: number): void {
    this.statements.deleteQueue.run(q.id);
    this.statements.deleteQueueMessages.run(q.id);
    this.statements.deleteQueueDedup.run(q.id);
    this.statements.recordDeletion.run(q.accountId, q.region, q.name, deletedAt);
  }

  insertMessage(m: MessageRecord): void {
    if (m.receiveCount !== 0 || m.receiptToken !== undefined || m.deadLetterSourceArn !== undefined) {
      throw new Error(`insertMessage takes a message as sent; ${m.messageId} has receive state`);
    }
    this.statements.insertMessage.run(
      m.seq,
      m.queueId,
      m.messageId,
      m.body,
      m.attributes === undefined ? null : JSON.stringify(m.attributes),
      m.traceHeader ?? null,
      m.md5OfBody,
      m.md5OfAttributes ?? null,
      m.groupId ?? null,
      m.dedupId ?? null,
      m.senderId,
      m.sentAt,
      m.visibleAt,
    );
  }

  updateMessage(m: MessageRecord): void {
    this.statements.updateMessage.run(
      m.visibleAt,
      m.receiveCount,
      m.firstReceiveAt ?? null,
      m.receiptToken ?? null,
      m.receivedAt ?? null,
      m.seq,
    );
  }

  moveMessage(fromSeq: number, m: MessageRecord): void {
    this.statements.moveMessage.run(
      m.seq,
      m.queueId,
      m.sentAt,
      m.visibleAt,
      m.receiveCount,
      m.firstReceiveAt ?? null,
      m.receiptToken ?? null,
      m.receivedAt ?? null,
      m.deadLetterSourceArn ?? null,
      fromSeq,
    );
  }

  readonly contentOnDisk = true;

  readContent(seq: number): MessageContent {
    const row = this.statements.readContent.get(seq) as
      { body: string; attributes: string | null } | undefined;
    if (!row) throw new Error(`message ${seq} is not stored`);
    return {
      body: row.body,
      attributes: row.attributes === null ? undefined : (JSON.parse(row.attributes) as MessageAttributeMap),
    };
  }

  readonly windowed = true;

  readWaiting(queueId: number, after: WaitingKey, limit: number): MessageRecord[] {
    return (this.statements.readWaiting.all(queueId, after.at, after.seq, limit) as MessageRow[]).map(
      toMessageRecord,
    );
  }

  readMessage(seq: number): MessageRecord | undefined {
    const row = this.statements.readMessage.get(seq) as MessageRow | undefined;
    return row && toMessageRecord(row);
  }

  readNewest(queueId: number, limit: number, depth: number): MessageRecord[] {
    if (depth === 0) return [];
    const statement =
      depth <= SORTED_PEEK_DEPTH ? this.statements.readNewestSorted : this.statements.readNewestBackwards;
    return (statement.all(queueId, limit) as MessageRow[]).map(toMessageRecord);
  }

  expireMessages(queueId: number, sentBefore: number): MessageRecord[] {
    return (this.statements.expireMessages.all(queueId, sentBefore) as MessageRow[]).map(toMessageRecord);
  }

  oldestSentAt(queueId: number): number | undefined {
    const row = this.statements.oldestSentAt.get(queueId) as { sentAt: number | null };
    return orUndefined(row.sentAt);
  }

  deleteMessage(seq: number): void {
    this.statements.deleteMessage.run(seq);
  }

  deleteQueueMessages(queueId: number): void {
    this.statements.deleteQueueMessages.run(queueId);
  }

  putDedup(e: DedupRecord): void {
    this.statements.putDedup.run(e.queueId, e.key, e.messageId, e.seq, e.expiresAt);
  }

  putMoveTask(t: MoveTaskRecord): void {
    this.statements.putMoveTask.run(
      t.handle,
      t.sourceArn,
      t.destinationArn ?? null,
      t.maxPerSecond ?? null,
      t.status,
      t.moved,
      t.toMove,
      t.failureReason ?? null,
      t.startedAt,
    );
  }

  putCounter(name: string, value: number): void {
    this.statements.putCounter.run(name, value);
  }
}
