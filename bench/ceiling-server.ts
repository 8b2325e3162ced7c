import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { snsCeilingReply } from "./sns-wire.js";
import { BATCH_SIZE, MESSAGE_BODY, batchEntryIds, md5Hex } from "./sqs-wire.js";

/**
 * The ceiling: an HTTP server that does no work at all and answers every SQS call the bench makes with a
 * fixed, valid JSON reply (with correct MD5s, which the SDK checks), SNS's Publish and PublishBatch with fixed
 * XML, and Lambda's Invoke of any function with a no-op handler's `null`. What a client reaches against it is
 * the most that client can do on this machine, whatever the server.
 *
 * Run as its own process (`node ceiling-server.js [port]`) so it competes for CPU exactly like a real target.
 */

const BODY_MD5 = md5Hex(MESSAGE_BODY);
const MESSAGE_ID = "00000000-0000-4000-8000-000000000000";
const RECEIPT_HANDLE = Buffer.from("ceiling-receipt-handle-".repeat(8)).toString("base64");

const fixedReplies = new Map<string, Buffer>(
  Object.entries({
    GetQueueAttributes: { Attributes: { ApproximateNumberOfMessages: "1000000" } },
    SendMessage: { MD5OfMessageBody: BODY_MD5, MessageId: MESSAGE_ID },
    SendMessageBatch: {
      Successful: batchEntryIds().map((Id) => ({ Id, MessageId: MESSAGE_ID, MD5OfMessageBody: BODY_MD5 })),
      Failed: [],
    },
    ReceiveMessage: {
      Messages: Array.from({ length: BATCH_SIZE }, () => ({
        MessageId: MESSAGE_ID,
        ReceiptHandle: RECEIPT_HANDLE,
        MD5OfBody: BODY_MD5,
        Body: MESSAGE_BODY,
      })),
    },
    DeleteMessageBatch: { Successful: batchEntryIds().map((Id) => ({ Id })), Failed: [] },
  }).map(([action, reply]) => [action, Buffer.from(JSON.stringify(reply))]),
);

function createQueueReply(origin: string, requestBody: string): Buffer {
  const { QueueName } = JSON.parse(requestBody) as { QueueName?: string };
  return Buffer.from(JSON.stringify({ QueueUrl: `${origin}/000000000000/${QueueName ?? "queue"}` }));
}

/** Lambda's Invoke path (restJson): `/2015-03-31/functions/{name}/invocations`. */
const INVOKE_PATH = /^\/2015-03-31\/functions\/[^/]+\/invocations$/;
const NULL_PAYLOAD = Buffer.from("null");

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    if (INVOKE_PATH.test(req.url ?? "")) {
      res.writeHead(200, {
        "Content-Type": "application/json",
        "Content-Length": NULL_PAYLOAD.length,
        "X-Amz-Executed-Version": "$LATEST",
        "x-amzn-RequestId": MESSAGE_ID,
      });
      res.end(NULL_PAYLOAD);
      return;
    }
    if (String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      const action = new URLSearchParams(Buffer.concat(chunks).toString()).get("Action") ?? "";
      const xml = snsCeilingReply(action);
      res.writeHead(xml === undefined ? 400 : 200, { "Content-Type": "text/xml" });
      res.end(xml ?? "");
      return;
    }
    const action = String(req.headers["x-amz-target"] ?? "").replace(/^AmazonSQS\./, "");
    const reply =
      action === "CreateQueue"
        ? createQueueReply(`http://${req.headers.host ?? "127.0.0.1"}`, Buffer.concat(chunks).toString())
        : fixedReplies.get(action);
    if (reply === undefined) {
      res.writeHead(400, { "Content-Type": "application/x-amz-json-1.0" });
      res.end(
        JSON.stringify({ __type: "com.amazonaws.sqs#InvalidAction", message: `Unsupported: ${action}` }),
      );
      return;
    }
    res.writeHead(200, {
      "Content-Type": "application/x-amz-json-1.0",
      "Content-Length": reply.length,
      "x-amzn-RequestId": MESSAGE_ID,
    });
    res.end(reply);
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`ceiling server listening on http://127.0.0.1:${port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
