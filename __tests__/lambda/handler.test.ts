import { beforeAll, describe, expect, it, vi } from "vitest";
import type { KinesisStreamBatchResponse, KinesisStreamEvent } from "aws-lambda";
import { cloudEvent, kinesisEvent, kinesisRecord, sequenceNumber } from "./kinesis-event.js";

type Handler = (event: KinesisStreamEvent) => Promise<KinesisStreamBatchResponse>;
let handler: Handler;

beforeAll(async () => {
  vi.stubEnv("POWERTOOLS_SERVICE_NAME", "eda-consumer-test");
  vi.stubEnv("POWERTOOLS_METRICS_NAMESPACE", "EdaTest");
  vi.stubEnv("POWERTOOLS_LOG_LEVEL", "CRITICAL");
  vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "true");
  vi.stubEnv("ACCEPTED_EVENT_TYPE_PREFIXES", "com.example.order.");
  ({ handler } = await import("../../lambda-src/handler.js"));
});

function reported(response: KinesisStreamBatchResponse): string[] {
  return response.batchItemFailures.map((item) => item.itemIdentifier);
}

describe("Kinesis consumer handler", () => {
  it("reports no failures when every record is a valid CloudEvent", async () => {
    const event = kinesisEvent(
      kinesisRecord(sequenceNumber(1), cloudEvent("a", "com.example.order.created")),
      kinesisRecord(sequenceNumber(2), cloudEvent("b", "com.example.order.paid")),
    );
    expect(reported(await handler(event))).toEqual([]);
  });

  it("reports exactly the sequence numbers of records that are not JSON", async () => {
    const event = kinesisEvent(
      kinesisRecord(sequenceNumber(1), cloudEvent("a", "com.example.order.created")),
      kinesisRecord(sequenceNumber(2), "{not json"),
      kinesisRecord(sequenceNumber(3), cloudEvent("c", "com.example.order.created")),
    );
    expect(reported(await handler(event))).toEqual([sequenceNumber(2)]);
  });

  it("reports records whose envelope breaks the CloudEvents contract", async () => {
    const wrongVersion = { ...cloudEvent("v", "com.example.order.created"), specversion: "0.3" };
    const missingSource = { specversion: "1.0", id: "s", type: "com.example.order.created" };
    const badTime = { ...cloudEvent("t", "com.example.order.created"), time: "yesterday" };
    const event = kinesisEvent(
      kinesisRecord(sequenceNumber(10), wrongVersion),
      kinesisRecord(sequenceNumber(11), cloudEvent("ok", "com.example.order.created")),
      kinesisRecord(sequenceNumber(12), missingSource),
      kinesisRecord(sequenceNumber(13), badTime),
    );
    expect(reported(await handler(event))).toEqual([
      sequenceNumber(10),
      sequenceNumber(12),
      sequenceNumber(13),
    ]);
  });

  it("skips events whose type is not accepted without reporting them", async () => {
    const event = kinesisEvent(
      kinesisRecord(sequenceNumber(20), cloudEvent("x", "com.example.invoice.created")),
    );
    expect(reported(await handler(event))).toEqual([]);
  });

  it("returns every identifier instead of throwing when the whole batch is poison", async () => {
    const event = kinesisEvent(
      kinesisRecord(sequenceNumber(30), "plain text"),
      kinesisRecord(sequenceNumber(31), { hello: "world" }),
    );
    expect(reported(await handler(event))).toEqual([sequenceNumber(30), sequenceNumber(31)]);
  });
});
