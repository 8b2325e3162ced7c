import type { ServerResponse } from "node:http";
import { DualProtocolListener, type HttpRequest, type HttpResponse } from "../emulator/server/listener.js";
import { RECORDS_PER_CALL, SHARDS } from "./kinesis-wire.js";

/**
 * The Kinesis ceiling: a server that does no work at all and answers every Kinesis call the bench makes with a
 * fixed, valid JSON reply, over HTTP/1.1 and h2c on one port through the emulator's own listener. What a client
 * reaches against it is the most that client (and its HTTP/2 handler) can do on this machine, whatever the
 * server. GetRecords answers an empty page, so the SDK's drain ends at once: the ceiling measures PutRecords.
 *
 * Run as its own process (`node kinesis-ceiling-server.js [port]`) so it competes for CPU like a real target.
 */

const STREAM_NAME = "bench";
const STREAM_ARN = `arn:aws:kinesis:us-east-1:000000000000:stream/${STREAM_NAME}`;
const SEQUENCE_NUMBER = `49${"0".repeat(54)}`;
const SHARD_ITERATOR = Buffer.from("kinesis-ceiling-shard-iterator").toString("base64");
const shardId = (index: number): string => `shardId-${String(index).padStart(12, "0")}`;

const fixedReplies = new Map<string, Buffer>(
  Object.entries({
    CreateStream: {},
    DescribeStreamSummary: {
      StreamDescriptionSummary: {
        StreamName: STREAM_NAME,
        StreamARN: STREAM_ARN,
        StreamStatus: "ACTIVE",
        StreamModeDetails: { StreamMode: "PROVISIONED" },
        RetentionPeriodHours: 24,
        StreamCreationTimestamp: 1_767_225_600,
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: "NONE",
        OpenShardCount: SHARDS,
        ConsumerCount: 0,
      },
    },
    ListShards: {
      Shards: Array.from({ length: SHARDS }, (_, index) => ({
        ShardId: shardId(index),
        HashKeyRange: { StartingHashKey: "0", EndingHashKey: "340282366920938463463374607431768211455" },
        SequenceNumberRange: { StartingSequenceNumber: SEQUENCE_NUMBER },
      })),
    },
    GetShardIterator: { ShardIterator: SHARD_ITERATOR },
    PutRecords: {
      FailedRecordCount: 0,
      Records: Array.from({ length: RECORDS_PER_CALL }, (_, index) => ({
        SequenceNumber: SEQUENCE_NUMBER,
        ShardId: shardId(index % SHARDS),
      })),
      EncryptionType: "NONE",
    },
    GetRecords: { Records: [], NextShardIterator: SHARD_ITERATOR, MillisBehindLatest: 0 },
  }).map(([action, reply]) => [action, Buffer.from(JSON.stringify(reply))]),
);

const CONTENT_TYPE = "application/x-amz-json-1.1";
const REQUEST_ID = "00000000-0000-4000-8000-000000000000";

function answer(response: HttpResponse, status: number, body: Buffer): void {
  // Both responses take (status, headers); TypeScript cannot call the union of their overloads.
  (response as ServerResponse).writeHead(status, {
    "content-type": CONTENT_TYPE,
    "content-length": body.length,
    "x-amzn-requestid": REQUEST_ID,
  });
  response.end(body);
}

function onRequest(request: HttpRequest, response: HttpResponse): void {
  // The body is read to its end (as any server must) and dropped.
  request.on("data", () => undefined);
  request.on("end", () => {
    const action = String(request.headers["x-amz-target"] ?? "").replace(/^Kinesis_20131202\./, "");
    const reply = fixedReplies.get(action);
    if (reply !== undefined) return answer(response, 200, reply);
    const message = `The Kinesis ceiling answers only ${[...fixedReplies.keys()].join(", ")}; not ${action}.`;
    answer(response, 400, Buffer.from(JSON.stringify({ __type: "UnknownOperationException", message })));
  });
}

const listener = new DualProtocolListener(onRequest);
const port = await listener.listen(Number(process.argv[2] ?? 0), "127.0.0.1");
process.stdout.write(`Kinesis ceiling server listening on http://127.0.0.1:${port}\n`);
process.on("SIGTERM", () => {
  listener.destroyConnections();
  void listener.stopAccepting().then(() => process.exit(0));
});
