import type { CloudEvent } from "./envelope.js";

/** Where a record came from on the stream, kept with the event so downstream logs can be traced back. */
export interface StreamPosition {
  sequenceNumber: string;
  partitionKey: string;
  approximateArrivalTimestamp: number;
}

/** The normalised shape the consumer emits for every accepted event. */
export interface ProcessedEvent {
  eventId: string;
  eventType: string;
  source: string;
  subject: string | null;
  occurredAt: string | null;
  data: unknown;
  stream: StreamPosition;
}

/**
 * Parses the comma-separated list of accepted event-type prefixes. An empty list accepts every type,
 * so a consumer deployed without configuration processes everything rather than silently dropping it.
 */
export function parseAcceptedTypePrefixes(setting: string | undefined): string[] {
  return (setting ?? "")
    .split(",")
    .map((prefix) => prefix.trim())
    .filter((prefix) => prefix.length > 0);
}

export function isAccepted(event: CloudEvent, acceptedTypePrefixes: readonly string[]): boolean {
  return (
    acceptedTypePrefixes.length === 0 || acceptedTypePrefixes.some((prefix) => event.type.startsWith(prefix))
  );
}

export function toProcessedEvent(event: CloudEvent, position: StreamPosition): ProcessedEvent {
  return {
    eventId: event.id,
    eventType: event.type,
    source: event.source,
    subject: event.subject ?? null,
    occurredAt: event.time ?? null,
    data: event.data ?? null,
    stream: position,
  };
}
