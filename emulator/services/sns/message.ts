import { createHash } from "node:crypto";
import { invalidParameter } from "./errors.js";
import { checkMessageAttributes, type MessageAttributes } from "./messageAttributes.js";
import type { Topic } from "./model.js";

/** The members of Publish and of a PublishBatch entry that make up the message. */
export interface PublishRequest {
  readonly Message: string;
  readonly Subject?: string;
  readonly MessageStructure?: string;
  readonly MessageAttributes?: MessageAttributes;
  readonly MessageDeduplicationId?: string;
  readonly MessageGroupId?: string;
}

/** A message that passed every check, ready to fan out. */
export interface PreparedMessage {
  /** The message subscribers get unless MessageStructure names one for their protocol. */
  readonly text: string;
  /** MessageStructure `json`: the message per protocol (`default` included). */
  readonly perProtocol: Readonly<Record<string, string>> | undefined;
  readonly subject: string | undefined;
  readonly attributes: MessageAttributes | undefined;
  readonly groupId: string | undefined;
  readonly deduplicationId: string | undefined;
  /** Bytes as SNS counts them against its limit: the message plus attribute names, types and values. */
  readonly size: number;
}

/** SNS's default maximum message size, body and attributes together. */
export const MAX_MESSAGE_BYTES = 256 * 1024;
const SUBJECT = /^[^\r\n\p{Cc}]{1,100}$/u;
const FIFO_ID = /^[\x21-\x7e]{1,128}$/;

/** Checks a publish as SNS does, before anything changes; throws the error SNS answers with. */
export function prepareMessage(topic: Topic, request: PublishRequest): PreparedMessage {
  const text = request.Message;
  if (text === "") throw invalidParameter("Empty message");
  if (request.Subject !== undefined && !SUBJECT.test(request.Subject)) throw invalidParameter("Subject");
  let perProtocol: Record<string, string> | undefined;
  if (request.MessageStructure !== undefined) {
    if (request.MessageStructure !== "json") throw invalidParameter("MessageStructure");
    perProtocol = parseStructuredMessage(text);
  }
  const size = Buffer.byteLength(text) + checkMessageAttributes(request.MessageAttributes);
  if (size > maxMessageBytes(topic)) throw invalidParameter("Message too long");
  const { groupId, deduplicationId } = fifoIds(topic, request);
  return {
    text: perProtocol?.default ?? text,
    perProtocol,
    subject: request.Subject,
    attributes: request.MessageAttributes,
    groupId,
    deduplicationId,
    size,
  };
}

/** The message a subscription of `protocol` receives. */
export function messageFor(message: PreparedMessage, protocol: string): string {
  return message.perProtocol?.[protocol] ?? message.text;
}

function maxMessageBytes(topic: Topic): number {
  const configured = Number(topic.attributes.MaximumMessageSize);
  return Number.isInteger(configured) && configured > 0 ? configured : MAX_MESSAGE_BYTES;
}

function parseStructuredMessage(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParameter("Message Structure - JSON message body failed to parse");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw invalidParameter("Message Structure - JSON message body failed to parse");
  }
  const entries = parsed as Record<string, unknown>;
  if (typeof entries.default !== "string") {
    throw invalidParameter("Message Structure - No default entry in JSON message body");
  }
  const out: Record<string, string> = {};
  for (const [protocol, value] of Object.entries(entries)) {
    out[protocol] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return out;
}

function fifoIds(
  topic: Topic,
  request: PublishRequest,
): { groupId: string | undefined; deduplicationId: string | undefined } {
  const groupId = request.MessageGroupId;
  const explicit = request.MessageDeduplicationId;
  if (!topic.fifo) {
    if (explicit !== undefined) {
      throw invalidParameter(
        "MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type",
      );
    }
    if (groupId !== undefined) {
      throw invalidParameter(
        "MessageGroupId Reason: The request includes MessageGroupId parameter that is not valid for this topic type",
      );
    }
    return { groupId: undefined, deduplicationId: undefined };
  }
  if (groupId === undefined) {
    throw invalidParameter("The MessageGroupId parameter is required for FIFO topics");
  }
  if (!FIFO_ID.test(groupId)) throw invalidParameter("MessageGroupId");
  if (explicit !== undefined) {
    if (!FIFO_ID.test(explicit)) throw invalidParameter("MessageDeduplicationId");
    return { groupId, deduplicationId: explicit };
  }
  if (topic.attributes.ContentBasedDeduplication !== "true") {
    throw invalidParameter(
      "The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
    );
  }
  return { groupId, deduplicationId: createHash("sha256").update(request.Message).digest("hex") };
}
