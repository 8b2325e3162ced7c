import { EventStreamCodec, type Message } from "@smithy/core/event-streams";
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
// cbor-x's tag extensions are process-wide: in this process tag 1 reads as the emulator's `{ value }` wrapper,
// the raw number on the wire (epoch milliseconds here), which is what the assertions look at.
const decoder = new Decoder({ mapsAsObjects: true, useRecords: false });

interface CborReply {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
}

function cborPost(action: string, input: Record<string, unknown>, signal?: AbortSignal): Promise<Response> {
  return fetch(emulator.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-cbor-1.1",
      "x-amz-target": `Kinesis_20131202.${action}`,
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDCBOR/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=0",
    },
    body: encoder.encode(input),
    signal,
  });
}

async function call(action: string, input: Record<string, unknown>): Promise<CborReply> {
  const response = await cborPost(action, input);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: bytes.length === 0 ? {} : (decoder.decode(bytes) as Record<string, unknown>),
  };
}

/** Polls until `read` gives the wanted status (the emulator's status delays are a few milliseconds). */
async function waitFor(read: () => Promise<string>, status: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if ((await read()) === status) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never reached ${status}`);
}

const eventStreamCodec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString("utf8"),
  (text) => Buffer.from(text, "utf8"),
);

/**
 * The event-stream messages of a reply body as they arrive. Each message starts with its total length
 * (4 bytes, big-endian), which is all it takes to cut the byte stream into messages for the codec.
 */
async function* eventMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<Message> {
  let pending = Buffer.alloc(0);
  for await (const chunk of body) {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4 && pending.length >= pending.readUInt32BE(0)) {
      const length = pending.readUInt32BE(0);
      yield eventStreamCodec.decode(pending.subarray(0, length));
      pending = pending.subarray(length);
    }
  }
}

function headerOf(message: Message, name: string): unknown {
  return message.headers[name]?.value;
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
    const arrival = record.ApproximateArrivalTimestamp as { value: number };
    expect(arrival.value).toBeGreaterThanOrEqual(before);
    expect(arrival.value).toBeLessThanOrEqual(Date.now());
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

  it("answers SubscribeToShard with CBOR event payloads: the record's bytes and a tag-1 arrival time", async () => {
    await call("CreateStream", { StreamName: "cbor-efo", ShardCount: 1 });
    const summary = async (): Promise<Record<string, unknown>> =>
      (await call("DescribeStreamSummary", { StreamName: "cbor-efo" })).body
        .StreamDescriptionSummary as Record<string, unknown>;
    await waitFor(async () => (await summary()).StreamStatus as string, "ACTIVE");
    const registered = await call("RegisterStreamConsumer", {
      StreamARN: (await summary()).StreamARN,
      ConsumerName: "java-reader",
    });
    const ConsumerARN = (registered.body.Consumer as { ConsumerARN: string }).ConsumerARN;
    await waitFor(async () => {
      const described = await call("DescribeStreamConsumer", { ConsumerARN });
      return (described.body.ConsumerDescription as { ConsumerStatus: string }).ConsumerStatus;
    }, "ACTIVE");
    const before = Date.now() - 1000;
    const payload = Buffer.from([9, 0, 255, 128]);
    const put = await call("PutRecord", { StreamName: "cbor-efo", PartitionKey: "k", Data: payload });

    const subscription = new AbortController();
    const response = await cborPost(
      "SubscribeToShard",
      { ConsumerARN, ShardId: "shardId-000000000000", StartingPosition: { Type: "TRIM_HORIZON" } },
      subscription.signal,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.amazon.eventstream");
    const messages: Message[] = [];
    for await (const message of eventMessages(response.body as ReadableStream<Uint8Array>)) {
      messages.push(message);
      if (headerOf(message, ":event-type") === "SubscribeToShardEvent") break;
    }
    subscription.abort();

    const [initial, event] = messages;
    expect(headerOf(initial, ":event-type")).toBe("initial-response");
    expect(headerOf(initial, ":content-type")).toBe("application/x-amz-cbor-1.1");
    expect(decoder.decode(initial.body)).toEqual({});
    expect(headerOf(event, ":content-type")).toBe("application/x-amz-cbor-1.1");
    const decoded = decoder.decode(event.body) as {
      Records: Record<string, unknown>[];
      ContinuationSequenceNumber: string;
      MillisBehindLatest: number;
    };
    expect(decoded.ContinuationSequenceNumber).toBe(put.body.SequenceNumber);
    expect(decoded.MillisBehindLatest).toBe(0);
    const [record] = decoded.Records;
    expect(Buffer.from(record.Data as Uint8Array)).toEqual(payload);
    expect(record.SequenceNumber).toBe(put.body.SequenceNumber);
    const arrival = record.ApproximateArrivalTimestamp as { value: number };
    expect(arrival.value).toBeGreaterThanOrEqual(before);
    expect(arrival.value).toBeLessThanOrEqual(Date.now());
  });
});
