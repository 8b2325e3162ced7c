import type { Store } from "../../core/store/store.js";
import type { QueueAttributes } from "./attributes.js";
import type { MessageAttributeMap } from "./md5.js";

export interface QueueRecord {
  id: number;
  accountId: string;
  region: string;
  name: string;
  fifo: boolean;
  /** Attributes exactly as set; defaults are applied when read. */
  attributes: QueueAttributes;
  tags: Record<string, string>;
  createdAt: number;
  lastModifiedAt: number;
  lastPurgeAt: number | undefined;
}

export interface MessageRecord {
  /** Global, monotonically increasing; orders messages and is the FIFO SequenceNumber. */
  seq: number;
  queueId: number;
  messageId: string;
  /** Undefined while the body rests only in the store (see `SqsStore.contentOnDisk`). */
  body: string | undefined;
  /** Likewise; undefined also when the message has none. */
  attributes: MessageAttributeMap | undefined;
  traceHeader: string | undefined;
  md5OfBody: string;
  md5OfAttributes: string | undefined;
  groupId: string | undefined;
  dedupId: string | undefined;
  senderId: string;
  sentAt: number;
  /** Epoch ms at which the message is (again) receivable: after its delay or its visibility timeout. */
  visibleAt: number;
  receiveCount: number;
  firstReceiveAt: number | undefined;
  /** Identifies the latest receive; part of the receipt handle. */
  receiptToken: string | undefined;
  /** When the latest receive happened; bounds ChangeMessageVisibility to 12 h in total. */
  receivedAt: number | undefined;
  deadLetterSourceArn: string | undefined;
}

export interface MessageContent {
  body: string;
  attributes: MessageAttributeMap | undefined;
}

export interface DedupRecord {
  queueId: number;
  key: string;
  messageId: string;
  seq: number;
  expiresAt: number;
}

export interface MoveTaskRecord {
  handle: string;
  sourceArn: string;
  destinationArn: string | undefined;
  maxPerSecond: number | undefined;
  status: "RUNNING" | "COMPLETED" | "CANCELLED" | "FAILED";
  moved: number;
  toMove: number;
  failureReason: string | undefined;
  startedAt: number;
}

export interface DeletedQueueRecord {
  accountId: string;
  region: string;
  name: string;
  deletedAt: number;
}

/** A standard queue's waiting messages that `load` left on disk: how many, and when the delayed ones show. */
export interface MessagesOnDisk {
  queueId: number;
  count: number;
  delayedUntil: number[];
}

/** Where a message whose visibility ran out (or whose delay passed) sits in a standard queue's order. */
export interface WaitingKey {
  at: number;
  seq: number;
}

export interface StoreSnapshot {
  queues: QueueRecord[];
  /** Messages the model must hold: all of FIFO queues; of standard queues, only those in flight (if windowed). */
  messages: MessageRecord[];
  /** Standard queues' other messages, when the store is their index (`windowed`). */
  onDisk: MessagesOnDisk[];
  dedup: DedupRecord[];
  moveTasks: MoveTaskRecord[];
  deletedQueues: DeletedQueueRecord[];
  /** Identifier high-water marks (`seq`, `queueId`): ids below them may have been handed out. */
  counters: Record<string, number>;
}

/**
 * Persistence for the SQS model: SQS's tables in the core's one store. The model keeps its working state in
 * memory and writes through here; every write of one action runs inside one core `transaction`, and the core
 * answers the request only once it is committed.
 */
export interface SqsStore {
  load(now: number): StoreSnapshot;
  /** Runs one action's writes atomically (all or none), joining a caller's transaction (SNS delivering). */
  transaction<T>(work: () => T): T;
  /** The core's `joinTransaction`: for writes that throw nothing (sending messages). */
  joinTransaction<T>(work: () => T): T;
  /** Deletes everything SQS stores (`POST /_eda/reset`). */
  clear(): void;
  putQueue(queue: QueueRecord): void;
  deleteQueue(queue: QueueRecord, deletedAt: number): void;
  /** Stores a message as sent (no receive yet: receive count 0, no receipt, not dead-lettered). */
  insertMessage(message: MessageRecord): void;
  /** Saves a message's mutable receive state (visibility, counts, receipt). */
  updateMessage(message: MessageRecord): void;
  /** Re-files a stored message under a new seq and queue (redrive, move tasks), with its new receive state. */
  moveMessage(fromSeq: number, message: MessageRecord): void;
  /**
   * True when the store keeps message bodies and attributes, so the model need not hold them in memory: they
   * can be up to 1 MiB per message, and a queue may hold many messages.
   */
  readonly contentOnDisk: boolean;
  readContent(seq: number): MessageContent;
  /**
   * True when the store indexes standard queues' waiting messages, so the model holds only a window of them
   * (`readWaiting`) and memory stays bounded whatever the queue depth.
   */
  readonly windowed: boolean;
  /** A queue's messages after `after` in (visibleAt, seq) order, without content. */
  readWaiting(queueId: number, after: WaitingKey, limit: number): MessageRecord[];
  /** One stored message without content, or undefined. */
  readMessage(seq: number): MessageRecord | undefined;
  /**
   * A queue's newest `limit` stored messages with their content, newest first (windowed stores); `depth`, how
   * many messages the queue holds, lets the store pick the cheaper way to find them.
   */
  readNewest(queueId: number, limit: number, depth: number): MessageRecord[];
  /** Deletes a queue's messages sent at or before `sentBefore`; returns what they were. */
  expireMessages(queueId: number, sentBefore: number): MessageRecord[];
  /** The oldest stored message's send time, or undefined when the queue holds none on disk. */
  oldestSentAt(queueId: number): number | undefined;
  deleteMessage(seq: number): void;
  deleteQueueMessages(queueId: number): void;
  putDedup(entry: DedupRecord): void;
  /** Forgets deduplication ids that expired and deleted-queue names no longer blocked. */
  prune(now: number): void;
  putMoveTask(task: MoveTaskRecord): void;
  /** Records that ids below `value` may be in use, so a restart never hands one out twice. */
  putCounter(name: string, value: number): void;
}

/** For runs without a data dir: the model's memory is the only state. */
export class InMemorySqsStore implements SqsStore {
  constructor(private readonly core: Store) {}

  load(): StoreSnapshot {
    return {
      queues: [],
      messages: [],
      onDisk: [],
      dedup: [],
      moveTasks: [],
      deletedQueues: [],
      counters: {},
    };
  }
  transaction<T>(work: () => T): T {
    return this.core.transaction(work);
  }
  joinTransaction<T>(work: () => T): T {
    return this.core.joinTransaction(work);
  }
  clear(): void {}
  putQueue(): void {}
  deleteQueue(): void {}
  insertMessage(): void {}
  updateMessage(): void {}
  moveMessage(): void {}
  readonly contentOnDisk = false;
  readContent(): never {
    throw new Error("the memory store keeps no message content");
  }
  readonly windowed = false;
  readWaiting(): MessageRecord[] {
    return [];
  }
  readMessage(): undefined {
    return undefined;
  }
  readNewest(): MessageRecord[] {
    return [];
  }
  expireMessages(): MessageRecord[] {
    return [];
  }
  oldestSentAt(): undefined {
    return undefined;
  }
  deleteMessage(): void {}
  deleteQueueMessages(): void {}
  putDedup(): void {}
  prune(): void {}
  putMoveTask(): void {}
  putCounter(): void {}
}

/** How long a deleted queue's name stays blocked (QueueDeletedRecently). */
export const DELETED_NAME_BLOCK_MS = 60_000;
