import { describe, expect, it } from "vitest";
import { Queue, WINDOW_SIZE, type WaitingSource } from "./queue.js";
import type { MessageRecord, QueueRecord } from "./store.js";

const QUEUE: QueueRecord = {
  region: "us-east-1",
  id: 1,
  accountId: "000000000000",
  name: "deep",
  fifo: false,
  attributes: {},
  tags: {},
  createdAt: 0,
  lastModifiedAt: 0,
  lastPurgeAt: undefined,
};

const message = (seq: number, visibleAt: number): MessageRecord => ({
  seq,
  queueId: QUEUE.id,
  messageId: `id-${seq}`,
  body: undefined,
  attributes: undefined,
  traceHeader: undefined,
  md5OfBody: "",
  md5OfAttributes: undefined,
  groupId: undefined,
  dedupId: undefined,
  senderId: "sender",
  sentAt: 0,
  visibleAt,
  receiveCount: 0,
  firstReceiveAt: undefined,
  receiptToken: undefined,
  receivedAt: undefined,
  deadLetterSourceArn: undefined,
});

/** Stands in for the store's index: every stored message, read in (visibleAt, seq) order past a key. */
function fakeDisk(): { stored: Map<number, MessageRecord>; source: WaitingSource } {
  const stored = new Map<number, MessageRecord>();
  const source: WaitingSource = (_queueId, after, limit) =>
    [...stored.values()]
      .filter((m) => m.visibleAt > after.at || (m.visibleAt === after.at && m.seq > after.seq))
      .sort((a, b) => a.visibleAt - b.visibleAt || a.seq - b.seq)
      .slice(0, limit);
  return { stored, source };
}

describe("a windowed standard queue", () => {
  const depth = 8 * WINDOW_SIZE;

  it("holds at most two windows of waiting messages in memory however deep it is, and drains in order", () => {
    const { stored, source } = fakeDisk();
    const queue = new Queue(QUEUE, "arn", source);
    for (let seq = 1; seq <= depth; seq++) {
      const rec = message(seq, 0);
      stored.set(seq, rec);
      queue.add(rec, 0);
      expect(queue.messages.size).toBeLessThanOrEqual(2 * WINDOW_SIZE);
    }
    expect(queue.counts(0)).toEqual({ visible: depth, inflight: 0, delayed: 0 });
    const order: number[] = [];
    for (
      let taken = queue.take(0, 10, () => false);
      taken.length > 0;
      taken = queue.take(0, 10, () => false)
    ) {
      for (const m of taken) {
        order.push(m.rec.seq);
        stored.delete(m.rec.seq);
        queue.remove(m, 0);
      }
      queue.settle();
      expect(queue.messages.size).toBeLessThanOrEqual(2 * WINDOW_SIZE);
    }
    expect(order).toEqual(Array.from({ length: depth }, (_, i) => i + 1));
    expect(queue.counts(0)).toEqual({ visible: 0, inflight: 0, delayed: 0 });
  });

  it("delivers a message that becomes visible before the window's end ahead of the rest", () => {
    const { stored, source } = fakeDisk();
    const queue = new Queue(QUEUE, "arn", source);
    for (let seq = 1; seq <= depth; seq++) {
      const rec = message(seq, 1_000 + seq);
      stored.set(seq, rec);
      queue.add(rec, 0);
    }
    const early = message(depth + 1, 500);
    stored.set(early.seq, early);
    queue.add(early, 0);
    expect(queue.counts(0)).toEqual({ visible: 0, inflight: 0, delayed: depth + 1 });
    expect(queue.take(1_001, 10, () => false).map((m) => m.rec.seq)).toEqual([depth + 1, 1]);
  });
});
