import { randomUUID } from "node:crypto";
import type { ProducerEvent } from "./config.js";

const TYPES = [
  "com.example.order.created",
  "com.example.order.shipped",
  "com.example.customer.registered",
] as const;

/**
 * Sample CloudEvents for demos and generated load: orders (which the stack's `orders` queue filters for) and
 * customers, with a handful of subjects so partition keys repeat. Each `malformedShare` of them (0 to 1) is
 * broken on purpose — no `source` — for watching the consumers' failure handling.
 */
export function sampleEvents(
  count: number,
  malformedShare = 0,
  random: () => number = Math.random,
): ProducerEvent[] {
  return Array.from({ length: count }, () => {
    const type = TYPES[Math.floor(random() * TYPES.length)];
    const subject = `${type.split(".")[2]}-${Math.floor(random() * 16)}`;
    const event: ProducerEvent = {
      specversion: "1.0",
      id: randomUUID(),
      source: "urn:eda:samples",
      type,
      subject,
      time: new Date().toISOString(),
      datacontenttype: "application/json",
      data: { amount: Math.round(random() * 10_000) / 100 },
    };
    if (random() >= malformedShare) return event;
    const { source: _dropped, ...malformed } = event;
    return malformed as unknown as ProducerEvent;
  });
}
