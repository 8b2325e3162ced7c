import { createHash } from "node:crypto";

/**
 * Raw SQS JSON-protocol requests, pre-serialised once so the load generator spends its CPU on sending rather
 * than on building requests. Shared by the wrk script driver and the ceiling server so both agree on the wire.
 */

/** A typical small event, the same for every target and client. */
export const MESSAGE_BODY = JSON.stringify({
  type: "order.created",
  orderId: "ord-000000000001",
  amount: 4200,
  currency: "EUR",
  at: "2026-01-01T00:00:00.000Z",
});

export const BATCH_SIZE = 10;

/**
 * Signature checking is off in the emulator by default and moto never checks, but moto (like AWS) picks the
 * service from the credential scope, so unsigned-looking requests must still carry a well-formed header.
 */
export const AUTHORIZATION =
  "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/sqs/aws4_request, " +
  `SignedHeaders=content-type;host;x-amz-target, Signature=${"0".repeat(64)}`;

export function sendMessageBody(queueUrl: string): string {
  return JSON.stringify({ QueueUrl: queueUrl, MessageBody: MESSAGE_BODY });
}

export function batchEntryIds(): string[] {
  return Array.from({ length: BATCH_SIZE }, (_, i) => String(i));
}

export function sendMessageBatchBody(queueUrl: string): string {
  return JSON.stringify({
    QueueUrl: queueUrl,
    Entries: batchEntryIds().map((Id) => ({ Id, MessageBody: MESSAGE_BODY })),
  });
}

export function receiveMessageBody(queueUrl: string): string {
  return JSON.stringify({ QueueUrl: queueUrl, MaxNumberOfMessages: BATCH_SIZE, WaitTimeSeconds: 0 });
}

export function md5Hex(text: string): string {
  return createHash("md5").update(text, "utf8").digest("hex");
}
