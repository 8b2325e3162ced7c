import {
  CreateStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type KinesisClient,
  PutRecordCommand,
  SplitShardCommand,
  UpdateShardCountCommand,
} from "@aws-sdk/client-kinesis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { kinesisClient, waitForActive } from "./support/kinesis.js";

let emulator: RunningEmulator;
let client: KinesisClient;
const StreamName = "errors";

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  client = kinesisClient(emulator.url, "http1");
  await client.send(new CreateStreamCommand({ StreamName, ShardCount: 2 }));
  await waitForActive(client, StreamName);
});

afterAll(async () => {
  await emulator.stop();
});

/** A hand-made awsJson 1.1 call, for bodies no SDK would send. */
async function raw(target: string, body: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(emulator.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `Kinesis_20131202.${target}`,
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDRAW/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=0",
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("Kinesis bad input", () => {
  it("answers a body that is not JSON with SerializationException", async () => {
    const reply = await raw("DescribeStream", "{not json");
    expect(reply.status).toBe(400);
    expect(reply.body.__type).toBe("com.amazon.coral.service#SerializationException");
  });

  it("answers an unknown operation with UnknownOperationException", async () => {
    const reply = await raw("FlyToTheMoon", "{}");
    expect(reply.status).toBe(400);
    expect(reply.body.__type).toBe("com.amazon.coral.service#UnknownOperationException");
  });

  it("answers a member of the wrong JSON type with SerializationException", async () => {
    const reply = await raw("CreateStream", JSON.stringify({ StreamName: "typed", ShardCount: "two" }));
    expect(reply.status).toBe(400);
    expect(String(reply.body.__type)).toMatch(/SerializationException$/);
  });

  it("lists missing required members in a ValidationException", async () => {
    const reply = await raw("PutRecord", JSON.stringify({ StreamName }));
    expect(reply).toEqual({
      status: 400,
      body: {
        __type: "ValidationException",
        message:
          "2 validation errors detected: Value null at 'data' failed to satisfy constraint: Member must not be null; Value null at 'partitionKey' failed to satisfy constraint: Member must not be null",
      },
    });
  });

  it("refuses an ExplicitHashKey above 2^128-1 with InvalidArgumentException", async () => {
    await expect(
      client.send(
        new PutRecordCommand({
          StreamName,
          PartitionKey: "k",
          ExplicitHashKey: "340282366920938463463374607431768211456",
          Data: Buffer.from("x"),
        }),
      ),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
  });

  it("refuses a GetRecords Limit above 10000 with a ValidationException", async () => {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({
        StreamName,
        ShardId: "shardId-000000000000",
        ShardIteratorType: "LATEST",
      }),
    );
    await expect(client.send(new GetRecordsCommand({ ShardIterator, Limit: 10_001 }))).rejects.toMatchObject({
      name: "ValidationException",
    });
  });

  it("answers ResourceNotFoundException for a shard the stream does not have", async () => {
    await expect(
      client.send(
        new GetShardIteratorCommand({
          StreamName,
          ShardId: "shardId-000000000009",
          ShardIteratorType: "LATEST",
        }),
      ),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });

  it("refuses AT_SEQUENCE_NUMBER without a sequence number", async () => {
    await expect(
      client.send(
        new GetShardIteratorCommand({
          StreamName,
          ShardId: "shardId-000000000000",
          ShardIteratorType: "AT_SEQUENCE_NUMBER",
        }),
      ),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
  });

  it("refuses a split key outside the shard's hash range", async () => {
    await expect(
      client.send(
        new SplitShardCommand({ StreamName, ShardToSplit: "shardId-000000000000", NewStartingHashKey: "0" }),
      ),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
  });

  it("refuses UpdateShardCount beyond double the open shards with LimitExceededException", async () => {
    await expect(
      client.send(
        new UpdateShardCountCommand({ StreamName, TargetShardCount: 5, ScalingType: "UNIFORM_SCALING" }),
      ),
    ).rejects.toMatchObject({ name: "LimitExceededException" });
  });

  it("refuses a stream beyond the account's shard limit with LimitExceededException", async () => {
    await expect(
      client.send(new CreateStreamCommand({ StreamName: "huge", ShardCount: 100_000 })),
    ).rejects.toMatchObject({ name: "LimitExceededException" });
  });
});
