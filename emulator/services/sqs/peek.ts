import type { SqsPeek, SqsPeekedMessage } from "../../core/interfaces.js";
import type { SqsModel } from "./model.js";
import { sequenceNumber } from "./model.js";
import type { QueuedMessage } from "./queue.js";
import type { MessageRecord, SqsStore } from "./store.js";

/**
 * A look at a queue's newest messages for the dashboard. It reads and never receives: receive counts,
 * visibility, receipt handles and the AWS/SQS counters stay as they were. A windowed store holds the waiting
 * messages only on disk, so they are read from there; otherwise memory holds every message.
 */
export function peekQueue(
  model: SqsModel,
  store: SqsStore,
  queueArn: string,
  max: number,
): SqsPeek | undefined {
  const queue = model.findQueueByArn(queueArn);
  if (!queue) return undefined;
  // Counting drops messages past retention first, as GetQueueAttributes does, so none of those is shown.
  const counts = model.countMessages(queue);
  const newest = store.windowed
    ? store.readNewest(queue.record.id, max, counts.visible + counts.inflight + counts.delayed)
    : newestOf(queue.messages.values(), max);
  const now = model.clock.now();
  return {
    visible: counts.visible,
    inFlight: counts.inflight,
    delayed: counts.delayed,
    messages: newest.map((rec) => peeked(rec, queue.fifo, now, store)),
  };
}

/** The `max` messages with the highest seq, newest first, in one pass: a deep queue is not sorted whole. */
function newestOf(messages: Iterable<QueuedMessage>, max: number): MessageRecord[] {
  const newest: MessageRecord[] = [];
  for (const { rec } of messages) {
    if (newest.length === max && rec.seq < newest[max - 1].seq) continue;
    const at = newest.findIndex((kept) => kept.seq < rec.seq);
    newest.splice(at === -1 ? newest.length : at, 0, rec);
    if (newest.length > max) newest.pop();
  }
  return newest;
}

function peeked(rec: MessageRecord, fifo: boolean, now: number, store: SqsStore): SqsPeekedMessage {
  const content =
    rec.body === undefined ? store.readContent(rec.seq) : { body: rec.body, attributes: rec.attributes };
  return {
    messageId: rec.messageId,
    body: content.body,
    attributes: content.attributes ?? {},
    sentAt: rec.sentAt,
    receiveCount: rec.receiveCount,
    state: rec.visibleAt <= now ? "visible" : rec.receiptToken === undefined ? "delayed" : "inFlight",
    ...(rec.groupId === undefined ? {} : { groupId: rec.groupId }),
    ...(fifo ? { sequenceNumber: sequenceNumber(rec.seq) } : {}),
    ...(rec.deadLetterSourceArn === undefined ? {} : { deadLetterSourceArn: rec.deadLetterSourceArn }),
  };
}
