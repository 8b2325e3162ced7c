import { describe, expect, it } from "vitest";
import { CloudEventEnvelope } from "../../lambda-src/envelope.js";
import { isAccepted, parseAcceptedTypePrefixes, toProcessedEvent } from "../../lambda-src/transform.js";

const event = CloudEventEnvelope.parse({
  specversion: "1.0",
  id: "evt-1",
  source: "urn:eda:orders",
  type: "com.example.order.created",
  subject: "order/42",
  data: { total: 12.5 },
});
const position = { sequenceNumber: "1", partitionKey: "order-42", approximateArrivalTimestamp: 1 };

describe("event filtering and transformation", () => {
  it("accepts every type when no prefix is configured", () => {
    expect(isAccepted(event, parseAcceptedTypePrefixes(undefined))).toBe(true);
  });

  it("accepts a type that starts with one of the configured prefixes", () => {
    expect(isAccepted(event, parseAcceptedTypePrefixes(" com.example.invoice., com.example.order."))).toBe(
      true,
    );
  });

  it("rejects a type that matches no configured prefix", () => {
    expect(isAccepted(event, parseAcceptedTypePrefixes("com.example.invoice."))).toBe(false);
  });

  it("keeps the stream position and nulls the optional attributes that are absent", () => {
    expect(toProcessedEvent(event, position)).toEqual({
      eventId: "evt-1",
      eventType: "com.example.order.created",
      source: "urn:eda:orders",
      subject: "order/42",
      occurredAt: null,
      data: { total: 12.5 },
      stream: position,
    });
  });
});
