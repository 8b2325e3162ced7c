import { sequenceNumber, type Delivered } from "./model.js";
import type { Queue } from "./queue.js";

/**
 * A received message's system attributes that `names` select (`All` selects every one): what ReceiveMessage
 * returns for its AttributeNames, and what Lambda's pollers put in their events.
 */
export function selectSystemAttributes(
  queue: Queue,
  message: Delivered["message"],
  names: ReadonlySet<string>,
): Record<string, string> {
  const all = names.has("All");
  const out: Record<string, string> = {};
  const put = (name: string, value: string | undefined): void => {
    if (value !== undefined && (all || names.has(name))) out[name] = value;
  };
  put("SenderId", message.senderId);
  put("SentTimestamp", String(message.sentAt));
  put("ApproximateReceiveCount", String(message.receiveCount));
  put(
    "ApproximateFirstReceiveTimestamp",
    message.firstReceiveAt === undefined ? undefined : String(message.firstReceiveAt),
  );
  put("AWSTraceHeader", message.traceHeader);
  put("DeadLetterQueueSourceArn", message.deadLetterSourceArn);
  put("MessageGroupId", message.groupId);
  if (queue.fifo) {
    put("MessageDeduplicationId", message.dedupId);
    put("SequenceNumber", sequenceNumber(message.seq));
  }
  return out;
}
