import { MinHeap } from "./heap.js";
import type { MessageRecord, QueueRecord } from "./store.js";

/** A message as the queue holds it: the stored record plus the version that invalidates stale heap entries. */
export interface QueuedMessage {
  rec: MessageRecord;
  version: number;
  group: MessageGroup | undefined;
}

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
 * by version and compacted when stale ones dominate. No I/O here: the model persists what this changes.
 */
export class Queue {
  readonly messages = new Map<number, QueuedMessage>();
  /** Messages delivered and not yet deleted; pruned lazily of those whose visibility ran out. */
  readonly inflight = new Map<number, QueuedMessage>();
  readonly waiters = new Set<Waiter>();
  private readonly visible = new MinHeap<MessageEntry>(byTimeThenSeq);
  private readonly groups = new Map<string, MessageGroup>();
  private readonly groupHeap = new MinHeap<GroupEntry>(byTimeThenSeq);
  /** FIFO groups popped by `take` that need a fresh heap entry once the caller has acted. */
  private readonly pendingGroups = new Set<MessageGroup>();

  constructor(
    public record: QueueRecord,
    readonly arn: string,
  ) {}

  get fifo(): boolean {
    return this.record.fifo;
  }

  add(rec: MessageRecord): QueuedMessage {
    const message: QueuedMessage = { rec, version: 0, group: undefined };
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
    return message;
  }

  remove(message: QueuedMessage): void {
    this.messages.delete(message.rec.seq);
    this.inflight.delete(message.rec.seq);
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

  clear(): void {
    for (const message of this.messages.values()) message.version++;
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
      if (!top) break;
      const message = this.messages.get(top.seq);
      if (!message || message.version !== top.version) {
        this.visible.pop();
        continue;
      }
      if (top.at > now) break;
      this.visible.pop();
      message.version++;
      if (!skip(message)) taken.push(message);
    }
    return taken;
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
    return this.fifo ? this.groupHeap.peek()?.at : this.visible.peek()?.at;
  }

  notify(): void {
    for (const waiter of [...this.waiters]) waiter.wake();
  }

  private scheduleMessage(message: QueuedMessage): void {
    message.version++;
    this.visible.push({ at: message.rec.visibleAt, seq: message.rec.seq, version: message.version });
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
