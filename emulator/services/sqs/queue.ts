import { DelayCounter } from "./delayCounter.js";
import { MinHeap } from "./heap.js";
import type { MessageRecord, QueueRecord, WaitingKey } from "./store.js";

/** A message as the queue holds it: the stored record plus the version that invalidates stale heap entries. */
export interface QueuedMessage {
  rec: MessageRecord;
  version: number;
  group: MessageGroup | undefined;
  /** Has a live entry in the visible-time heap (standard queues). */
  inWindow: boolean;
  /**
   * When the message entered this queue: its send, or its move into a dead-letter queue (AWS ages a
   * dead-lettered message from its move). Not stored: after a restart it is the send time again.
   */
  enqueuedAt: number;
}

/** Reads a standard queue's messages in (visibleAt, seq) order, past a key; the store's index. */
export type WaitingSource = (queueId: number, after: WaitingKey, limit: number) => MessageRecord[];

/** How many waiting messages a windowed standard queue reads from the store at a time. */
export const WINDOW_SIZE = 512;
const EVERYTHING: WaitingKey = { at: Infinity, seq: Infinity };
/** Receives after which AWS leaves a message out of ApproximateAgeOfOldestMessage. */
const POISON_PILL_RECEIVES = 3;

const keyAtMost = (at: number, seq: number, bound: WaitingKey): boolean =>
  at < bound.at || (at === bound.at && seq <= bound.seq);

export interface MessageGroup {
  id: string;
  /** In send order; Map keeps insertion order and deletes in O(1). */
  messages: Map<number, QueuedMessage>;
  version: number;
}

interface MessageEntry {
  at: number;
  seq: number;
  version: number;
}

interface GroupEntry {
  at: number;
  seq: number;
  version: number;
  group: MessageGroup;
}

const byTimeThenSeq = (a: { at: number; seq: number }, b: { at: number; seq: number }): boolean =>
  a.at < b.at || (a.at === b.at && a.seq < b.seq);

export interface Waiter {
  wake(): void;
}

/**
 * One queue's messages, indexed so that a receive touches only what it returns: standard queues keep a heap of
 * messages by the time they become visible; FIFO queues keep a heap of message groups by the time their head
 * can be delivered (a group waits while any of its messages is in flight). Heap entries are invalidated lazily
 * by version and compacted when stale ones dominate. The model persists what this changes.
 *
 * Windowed (a standard queue over a store that indexes its messages): the heap holds exactly the waiting
 * messages whose (visibleAt, seq) is at most `loadedThrough`, a few hundred; the rest stay on disk and are read
 * in order when the heap runs dry. In-flight messages stay in memory for their receipt handles and timers.
 * Counts are kept as counters, so memory does not grow with queue depth.
 */
export class Queue {
  /** Messages held in memory: all of them unless windowed, else the window and those in flight. */
  readonly messages = new Map<number, QueuedMessage>();
  /** Messages delivered and not yet deleted; pruned lazily of those whose visibility ran out. */
  readonly inflight = new Map<number, QueuedMessage>();
  readonly waiters = new Set<Waiter>();
  private readonly visible = new MinHeap<MessageEntry>(byTimeThenSeq);
  private readonly groups = new Map<string, MessageGroup>();
  private readonly groupHeap = new MinHeap<GroupEntry>(byTimeThenSeq);
  /** FIFO groups popped by `take` that need a fresh heap entry once the caller has acted. */
  private readonly pendingGroups = new Set<MessageGroup>();

  /** Every message of the queue, in memory or not. */
  private total = 0;
  private readonly delayed = new DelayCounter();
  /** Lower bound of the queue's oldest send time, to skip retention passes while nothing can have expired. */
  oldestSentAt = Infinity;
  /** Windowed: every waiting message with a key up to this is in the heap; those past it are only on disk. */
  private loadedThrough: WaitingKey = EVERYTHING;
  private windowCount = 0;

  constructor(
    public record: QueueRecord,
    readonly arn: string,
    private readonly source?: WaitingSource,
  ) {
    if (source) this.loadedThrough = { at: -1, seq: 0 };
  }

  /** Counts messages that rest only on disk after a restart (a windowed queue's waiting messages). */
  restoreOnDisk(count: number, delayedUntil: readonly number[]): void {
    this.total += count;
    for (const at of delayedUntil) this.delayed.add(at);
    // Unknown until the first retention pass looks (which a restart need not wait for).
    if (count > 0) this.oldestSentAt = -Infinity;
  }
  get fifo(): boolean {
    return this.record.fifo;
  }

  /**
   * A new message (sent, moved in, or restored); `now` tells whether it starts delayed, `enqueuedAt` when it
   * entered this queue (its send unless it was moved in).
   */
  add(rec: MessageRecord, now: number, enqueuedAt = rec.sentAt): void {
    this.total++;
    this.oldestSentAt = Math.min(this.oldestSentAt, rec.sentAt);
    if (isDelayed(rec, now)) this.delayed.add(rec.visibleAt);
    // A deep standard queue's new message lands past its loaded window: it rests in the store alone, as
    // scheduleMessage would leave it, without an entry made and dropped again.
    if (
      !this.fifo &&
      rec.receiptToken === undefined &&
      !keyAtMost(rec.visibleAt, rec.seq, this.loadedThrough)
    ) {
      return;
    }
    const message: QueuedMessage = { rec, version: 0, group: undefined, inWindow: false, enqueuedAt };
    this.messages.set(rec.seq, message);
    if (rec.receiptToken !== undefined) this.inflight.set(rec.seq, message);
    if (this.fifo) {
      const groupId = rec.groupId ?? "";
      let group = this.groups.get(groupId);
      if (!group) {
        group = { id: groupId, messages: new Map(), version: 0 };
        this.groups.set(groupId, group);
      }
      message.group = group;
      group.messages.set(rec.seq, message);
      if (group.messages.size === 1) this.scheduleGroup(group);
    } else {
      this.scheduleMessage(message);
    }
  }

  remove(message: QueuedMessage, now: number): void {
    this.forget(message.rec, now);
    this.messages.delete(message.rec.seq);
    this.inflight.delete(message.rec.seq);
    if (message.inWindow) this.windowCount--;
    message.inWindow = false;
    message.version++;
    const group = message.group;
    if (group) {
      group.messages.delete(message.rec.seq);
      if (group.messages.size === 0) {
        this.groups.delete(group.id);
        group.version++;
      } else {
        this.scheduleGroup(group);
      }
    }
    this.compactIfStale();
  }

  /** Accounts for a message deleted from the store while not in memory (windowed queues only). */
  forget(rec: MessageRecord, now: number): void {
    this.total--;
    if (isDelayed(rec, now)) this.delayed.remove(rec.visibleAt);
  }

  /** Exact counts; drops in-flight entries whose visibility ran out (they are visible again). */
  counts(now: number): { visible: number; inflight: number; delayed: number } {
    this.pruneInflight(now);
    const inflight = this.inflight.size;
    const delayed = this.delayed.count(now);
    return { visible: this.total - inflight - delayed, inflight, delayed };
  }

  /**
   * ApproximateAgeOfOldestMessage in seconds: the age of the oldest message not yet deleted, leaving out those
   * received three times or more, as AWS does so that one poison-pill message does not distort it; 0 for a
   * queue without such messages. A windowed queue looks at the messages it holds in memory (its window and
   * those in flight), which are the ones waiting longest.
   */
  oldestMessageAgeSeconds(now: number): number {
    let oldest = Infinity;
    for (const message of this.messages.values()) {
      if (message.rec.receiveCount < POISON_PILL_RECEIVES) oldest = Math.min(oldest, message.enqueuedAt);
    }
    return oldest === Infinity ? 0 : Math.max(0, Math.floor((now - oldest) / 1000));
  }

  pruneInflight(now: number): void {
    for (const [seq, message] of this.inflight) {
      if (message.rec.visibleAt > now) continue;
      this.inflight.delete(seq);
      if (this.source && !message.inWindow) this.messages.delete(seq);
    }
  }

  clear(): void {
    for (const message of this.messages.values()) message.version++;
    this.total = 0;
    this.delayed.clear();
    this.oldestSentAt = Infinity;
    this.loadedThrough = EVERYTHING;
    this.windowCount = 0;
    this.messages.clear();
    this.inflight.clear();
    this.groups.clear();
    this.visible.retain(() => false);
    this.groupHeap.retain(() => false);
  }

  /** Re-indexes a message after its visibleAt changed. */
  reschedule(message: QueuedMessage): void {
    if (message.group) this.scheduleGroup(message.group);
    else this.scheduleMessage(message);
  }

  /**
   * Takes up to `max` messages that can be delivered at `now`, in delivery order, without changing them; the
   * caller then delivers (`reschedule`), moves or deletes (`remove`) each, and calls `settle`. `skip` lets the
   * caller drop a candidate (expired, redriven), which then does not count towards `max`.
   */
  take(now: number, max: number, skip: (message: QueuedMessage) => boolean): QueuedMessage[] {
    return this.fifo ? this.takeFromGroups(now, max, skip) : this.takeVisible(now, max, skip);
  }

  private takeVisible(now: number, max: number, skip: (message: QueuedMessage) => boolean): QueuedMessage[] {
    const taken: QueuedMessage[] = [];
    while (taken.length < max) {
      const top = this.visible.peek();
      if (!top) {
        if (this.refill()) continue;
        break;
      }
      const message = this.messages.get(top.seq);
      if (!message || message.version !== top.version) {
        this.visible.pop();
        continue;
      }
      if (top.at > now) break;
      this.visible.pop();
      message.version++;
      message.inWindow = false;
      this.windowCount--;
      if (!skip(message)) taken.push(message);
    }
    return taken;
  }

  /** Windowed: reads the next waiting messages from the store into the heap; false when there are none. */
  private refill(): boolean {
    if (!this.source || this.loadedThrough === EVERYTHING) return false;
    const rows = this.source(this.record.id, this.loadedThrough, WINDOW_SIZE);
    const last = rows.at(-1);
    this.loadedThrough =
      rows.length < WINDOW_SIZE || !last ? EVERYTHING : { at: last.visibleAt, seq: last.seq };
    for (const rec of rows) {
      let message = this.messages.get(rec.seq);
      if (!message) {
        message = { rec, version: 0, group: undefined, inWindow: false, enqueuedAt: rec.sentAt };
        this.messages.set(rec.seq, message);
      }
      if (!message.inWindow) this.scheduleMessage(message);
    }
    return rows.length > 0;
  }

  private takeFromGroups(
    now: number,
    max: number,
    skip: (message: QueuedMessage) => boolean,
  ): QueuedMessage[] {
    const taken: QueuedMessage[] = [];
    while (taken.length < max) {
      const top = this.groupHeap.peek();
      if (!top) break;
      const group = top.group;
      if (group.version !== top.version || this.groups.get(group.id) !== group) {
        this.groupHeap.pop();
        continue;
      }
      if (top.at > now) break;
      this.groupHeap.pop();
      group.version++;
      this.pendingGroups.add(group);
      if (groupReadyAt(group) > now) continue;
      for (const message of group.messages.values()) {
        if (taken.length >= max || message.rec.visibleAt > now) break;
        if (!skip(message)) taken.push(message);
      }
    }
    return taken;
  }

  /** Called once the caller has delivered, moved or removed everything `take` returned. */
  settle(): void {
    const groups = [...this.pendingGroups];
    this.pendingGroups.clear();
    for (const group of groups) {
      if (this.groups.get(group.id) === group) this.scheduleGroup(group);
    }
  }

  /** Earliest time something may become deliverable, for long-poll timers; undefined if nothing is queued. */
  nextChangeAt(): number | undefined {
    if (this.fifo) return this.groupHeap.peek()?.at;
    if (this.visible.size === 0) this.refill();
    return this.visible.peek()?.at;
  }

  notify(): void {
    if (this.waiters.size === 0) return;
    for (const waiter of [...this.waiters]) waiter.wake();
  }

  /** Puts a message in the heap if its key falls in the window; else it waits on disk (windowed queues). */
  private scheduleMessage(message: QueuedMessage): void {
    message.version++;
    const { visibleAt, seq } = message.rec;
    if (!keyAtMost(visibleAt, seq, this.loadedThrough)) {
      if (message.inWindow) this.windowCount--;
      message.inWindow = false;
      if (!this.inflight.has(seq)) this.messages.delete(seq);
      return;
    }
    if (!message.inWindow) this.windowCount++;
    message.inWindow = true;
    this.visible.push({ at: visibleAt, seq, version: message.version });
    if (this.source && this.windowCount > 2 * WINDOW_SIZE) this.shrinkWindow();
  }

  /** Keeps the earliest WINDOW_SIZE waiting messages in the heap and leaves the rest to the store. */
  private shrinkWindow(): void {
    const inWindow = [...this.messages.values()].filter((m) => m.inWindow);
    this.windowCount = inWindow.length;
    if (inWindow.length <= WINDOW_SIZE) return;
    inWindow.sort((a, b) => a.rec.visibleAt - b.rec.visibleAt || a.rec.seq - b.rec.seq);
    const lastKept = inWindow[WINDOW_SIZE - 1].rec;
    this.loadedThrough = { at: lastKept.visibleAt, seq: lastKept.seq };
    for (const message of inWindow.slice(WINDOW_SIZE)) {
      message.version++;
      message.inWindow = false;
      if (!this.inflight.has(message.rec.seq)) this.messages.delete(message.rec.seq);
    }
    this.windowCount = WINDOW_SIZE;
    this.visible.retain((e) => this.messages.get(e.seq)?.version === e.version);
  }

  private scheduleGroup(group: MessageGroup): void {
    // A group popped by an unsettled `take` must not be offered again within it.
    if (this.pendingGroups.has(group)) return;
    const head = group.messages.values().next().value;
    if (!head) return;
    group.version++;
    this.groupHeap.push({ at: groupReadyAt(group), seq: head.rec.seq, version: group.version, group });
  }

  private compactIfStale(): void {
    const live = this.fifo ? this.groups.size : this.messages.size;
    const heap = this.fifo ? this.groupHeap : this.visible;
    if (heap.size < 1024 || heap.size < 4 * live) return;
    if (this.fifo)
      this.groupHeap.retain((e) => e.group.version === e.version && this.groups.get(e.group.id) === e.group);
    else this.visible.retain((e) => this.messages.get(e.seq)?.version === e.version);
  }
}

/** Never received and not yet visible: counted as ApproximateNumberOfMessagesDelayed. */
const isDelayed = (rec: MessageRecord, now: number): boolean =>
  rec.receiptToken === undefined && rec.visibleAt > now;

/**
 * When a group's head may be delivered: strict order means the head waits for its own delay, and the whole group
 * waits while any earlier-received message is in flight. Received messages always form the group's prefix.
 */
function groupReadyAt(group: MessageGroup): number {
  let readyAt = 0;
  for (const message of group.messages.values()) {
    readyAt = Math.max(readyAt, message.rec.visibleAt);
    if (message.rec.receiveCount === 0) break;
  }
  return readyAt;
}
