import { Decoder, Encoder, Tag } from "cbor-x";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  await emulator.stop();
});

// As the Java SDK's CBOR codec writes: plain maps, untagged byte strings, timestamps as tag 1 over epoch ms.
const encoder = new Encoder({ mapsAsObjects: true, useRecords: false, tagUint8Array: false });
const decoder = new Decoder({ mapsAsObjects: true, useRecords: false });

interface CborReply {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
}

async function call(action: string, input: Record<string, unknown>): Promise<CborReply> {
  const response = await fetch(emulator.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-cbor-1.1",
      "x-amz-target": `Kinesis_20131202.${action}`,
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDCBOR/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=0",
    },
    body: encoder.encode(input),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: bytes.length === 0 ? {} : (decoder.decode(bytes) as Record<string, unknown>),
  };
}

describe("Kinesis over CBOR (application/x-amz-cbor-1.1)", () => {
  it("round-trips a record's bytes and reads it AT_TIMESTAMP given as a tag-1 epoch-millisecond timestamp", async () => {
    const created = await call("CreateStream", { StreamName: "cbor", ShardCount: 1 });
    expect(created.status).toBe(200);
    for (;;) {
      const summary = await call("DescribeStreamSummary", { StreamName: "cbor" });
      if ((summary.body.StreamDescriptionSummary as { StreamStatus: string }).StreamStatus === "ACTIVE")
        break;
    }
    const before = Date.now() - 1000;
    const payload = Buffer.from([0, 1, 2, 250, 255]);
    const put = await call("PutRecord", { StreamName: "cbor", PartitionKey: "k", Data: payload });
    expect(put.status).toBe(200);
    expect(put.contentType).toBe("application/x-amz-cbor-1.1");
    const iterator = await call("GetShardIterator", {
      StreamName: "cbor",
      ShardId: "shardId-000000000000",
      ShardIteratorType: "AT_TIMESTAMP",
      Timestamp: new Tag(before, 1),
    });
    expect(iterator.status).toBe(200);
    const records = await call("GetRecords", { ShardIterator: iterator.body.ShardIterator });
    const [record] = records.body.Records as Record<string, unknown>[];
    expect(Buffer.from(record.Data as Uint8Array)).toEqual(payload);
    expect(record.SequenceNumber).toBe(put.body.SequenceNumber);
    // Tag 1 over epoch milliseconds: within the last minute, and far above any epoch-seconds value.
    const arrival = record.ApproximateArrivalTimestamp as { ms: number };
    expect(arrival.ms).toBeGreaterThanOrEqual(before);
    expect(arrival.ms).toBeLessThanOrEqual(Date.now());
  });

  it("answers errors as a CBOR map with __type and message", async () => {
    const reply = await call("DescribeStream", { StreamName: "missing" });
    expect(reply.status).toBe(400);
    expect(reply.contentType).toBe("application/x-amz-cbor-1.1");
    expect(reply.body).toEqual({
      __type: "ResourceNotFoundException",
      message: "Stream missing under account 000000000000 not found.",
    });
  });

  it("reports a blob sent as a number as a SerializationException", async () => {
    const reply = await call("PutRecord", { StreamName: "cbor", PartitionKey: "k", Data: 42 });
    expect(reply.status).toBe(400);
    expect(reply.body.__type).toBe("com.amazon.coral.service#SerializationException");
  });
});
