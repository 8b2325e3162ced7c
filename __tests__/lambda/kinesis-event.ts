import type { KinesisStreamEvent, KinesisStreamRecord } from "aws-lambda";

const STREAM_ARN = "arn:aws:kinesis:eu-west-1:123456789012:stream/eda-dev-events";

/** A record shaped like the ones Lambda delivers from a Kinesis event source mapping. */
export function kinesisRecord(sequenceNumber: string, payload: string | object): KinesisStreamRecord {
  const body = typeof payload === "string" ? payload : JSON.stringify(payload);
  return {
    kinesis: {
      kinesisSchemaVersion: "1.0",
      partitionKey: `pk-${sequenceNumber.slice(-4)}`,
      sequenceNumber,
      data: Buffer.from(body, "utf8").toString("base64"),
      approximateArrivalTimestamp: 1_767_225_600.123,
    },
    eventSource: "aws:kinesis",
    eventVersion: "1.0",
    eventID: `shardId-000000000000:${sequenceNumber}`,
    eventName: "aws:kinesis:record",
    invokeIdentityArn: "arn:aws:iam::123456789012:role/eda-dev-consumer-role",
    awsRegion: "eu-west-1",
    eventSourceARN: STREAM_ARN,
  };
}

export function kinesisEvent(...records: KinesisStreamRecord[]): KinesisStreamEvent {
  return { Records: records };
}

export function cloudEvent(id: string, type: string, data: object = { ok: true }): object {
  return {
    specversion: "1.0",
    id,
    source: "urn:eda:test",
    type,
    time: "2026-01-01T00:00:00Z",
    datacontenttype: "application/json",
    data,
  };
}

/** Sequence numbers as Kinesis issues them: long decimal strings that grow within a shard. */
export function sequenceNumber(n: number): string {
  return `4963${String(n).padStart(52, "0")}`;
}
