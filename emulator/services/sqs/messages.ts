import { MAX_MESSAGE_SIZE_LIMIT, effectiveAttribute, numericAttribute } from "./attributes.js";
import { SqsErrors } from "./errors.js";
import type { SendMessageRequest } from "../../generated/sqs.js";
import type { MessageAttributeMap, MessageAttributeValue } from "./md5.js";
import type { SendRequest } from "./model.js";
import type { Queue } from "./queue.js";

/** SendMessage's per-message members, shared with SendMessageBatch entries; the body is checked here. */
export type SendMessageInput = Partial<Omit<SendMessageRequest, "QueueUrl">>;

const MAX_ATTRIBUTES = 10;
const MAX_NAME_LENGTH = 256;
/** The characters SQS accepts in bodies and string attribute values. */
const INVALID_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ATTRIBUTE_NAME = /^[A-Za-z0-9_.-]+$/;
/** MessageGroupId and MessageDeduplicationId: alphanumerics and punctuation, 1 to 128 characters. */
const FIFO_ID = /^[!-~]{1,128}$/;

const invalid = (message: string) => SqsErrors.invalidParameterValue(message);

/**
 * Checks one message against the queue it goes to (body characters, attributes, size, FIFO parameters) and
 * returns it as the model takes it. Throws the AWS error otherwise.
 */
export function toSendRequest(queue: Queue, input: SendMessageInput): { request: SendRequest } {
  const body = input.MessageBody;
  if (body === undefined)
    throw SqsErrors.missingParameter("The request must contain the parameter MessageBody.");
  if (body.length === 0) throw invalid("The request must contain the parameter MessageBody.");
  const bad = INVALID_CHARACTER.exec(body);
  if (bad) {
    throw SqsErrors.invalidMessageContents(
      `Invalid binary character '#x${bad[0].codePointAt(0)!.toString(16).toUpperCase()}' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF`,
    );
  }
  const attributes = input.MessageAttributes ?? {};
  const names = Object.keys(attributes);
  if (names.length > MAX_ATTRIBUTES) {
    throw invalid(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`,
    );
  }
  for (const name of names) checkAttribute(name, attributes[name]);
  const size = messageSize(input);
  const traceHeader = systemTraceHeader(input.MessageSystemAttributes);
  const { record } = queue;
  const maxSize = Math.min(
    numericAttribute(record.attributes, "MaximumMessageSize", record.fifo),
    MAX_MESSAGE_SIZE_LIMIT,
  );
  if (size > maxSize) {
    throw invalid(
      `One or more parameters are invalid. Reason: Message must be shorter than ${maxSize} bytes.`,
    );
  }
  if (record.fifo) checkFifoParameters(queue, input);
  else if (input.MessageDeduplicationId !== undefined) {
    throw invalid(
      `Value ${input.MessageDeduplicationId} for parameter MessageDeduplicationId is invalid. Reason: The request includes a parameter that is not valid for this queue type.`,
    );
  }
  return {
    request: {
      body,
      delaySeconds: input.DelaySeconds,
      attributes: names.length > 0 ? attributes : undefined,
      traceHeader,
      groupId: input.MessageGroupId,
      dedupId: input.MessageDeduplicationId,
    },
  };
}

/** Validates one message attribute. */
function checkAttribute(name: string, value: MessageAttributeValue): void {
  if (
    name.length > MAX_NAME_LENGTH ||
    !ATTRIBUTE_NAME.test(name) ||
    name.startsWith(".") ||
    name.endsWith(".") ||
    name.includes("..") ||
    /^(aws\.|amazon\.)/i.test(name)
  ) {
    throw invalid(
      `Message (user) attribute name '${name}' is invalid. The attribute name can contain only alphanumeric characters, hyphens, underscores and periods, must not start or end with a period, must not contain consecutive periods, must not start with 'AWS.' or 'Amazon.', and must be at most 256 characters long.`,
    );
  }
  const dataType = value.DataType;
  if (!dataType)
    throw invalid(`The message attribute '${name}' must contain non-empty message attribute type.`);
  if (dataType.length > MAX_NAME_LENGTH || !/^(String|Number|Binary)(\.[A-Za-z0-9_.-]*)?$/.test(dataType)) {
    throw invalid(
      `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
    );
  }
  const base = dataType.split(".")[0];
  if (base === "Binary") {
    if (value.BinaryValue === undefined || value.BinaryValue === "") {
      throw invalid(`The message attribute '${name}' with type 'Binary' must use field 'Binary'.`);
    }
  } else {
    const text = value.StringValue;
    if (text === undefined || text === "") {
      throw invalid(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`,
      );
    }
    if (INVALID_CHARACTER.test(text)) {
      throw SqsErrors.invalidMessageContents(
        `Invalid characters found in the value of message attribute '${name}'.`,
      );
    }
    if (base === "Number" && !isSqsNumber(text)) {
      throw invalid(`Can't cast the value of message (user) attribute '${name}' to a number.`);
    }
  }
}

/** Numbers: up to 38 significant digits, between 10^-128 and 10^+126. */
function isSqsNumber(text: string): boolean {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return false;
  const digits = text
    .replace(/[eE].*$/, "")
    .replace(/[^0-9]/g, "")
    .replace(/^0+/, "");
  return digits.length <= 38;
}

function systemTraceHeader(system: MessageAttributeMap | undefined): string | undefined {
  if (!system) return undefined;
  for (const [name, value] of Object.entries(system)) {
    if (name !== "AWSTraceHeader") throw invalid(`Message system attribute name '${name}' is invalid.`);
    if (value.DataType !== "String" || !value.StringValue) {
      throw invalid("Message system attribute AWSTraceHeader must be of type String and not empty.");
    }
  }
  return system.AWSTraceHeader?.StringValue;
}

/**
 * The identifiers a FIFO queue cannot do without: a MessageGroupId, and a MessageDeduplicationId unless the
 * queue deduplicates by content. SendMessageBatch checks these for every entry before sending any, as a
 * missing one fails the whole request on AWS rather than its entry.
 */
export function requireFifoIds(queue: Queue, input: SendMessageInput): void {
  if (input.MessageGroupId === undefined)
    throw SqsErrors.missingParameter("The request must contain the parameter MessageGroupId.");
  if (
    input.MessageDeduplicationId === undefined &&
    effectiveAttribute(queue.record.attributes, "ContentBasedDeduplication", true)?.toLowerCase() !== "true"
  ) {
    throw invalid(
      "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
    );
  }
}

function checkFifoParameters(queue: Queue, input: SendMessageInput): void {
  if (input.DelaySeconds !== undefined && input.DelaySeconds !== 0) {
    throw invalid(
      `Value ${input.DelaySeconds} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`,
    );
  }
  requireFifoIds(queue, input);
  if (input.MessageGroupId !== undefined && !FIFO_ID.test(input.MessageGroupId)) {
    throw invalid(
      `Value ${input.MessageGroupId} for parameter MessageGroupId is invalid. Reason: MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.`,
    );
  }
  const dedupId = input.MessageDeduplicationId;
  if (dedupId !== undefined && !FIFO_ID.test(dedupId)) {
    throw invalid(
      `Value ${dedupId} for parameter MessageDeduplicationId is invalid. Reason: MessageDeduplicationId can only include alphanumeric and punctuation characters. 1 to 128 in length.`,
    );
  }
}

/** Bytes a message counts against size limits: its body plus each attribute's name, type and value. */
export function messageSize(input: SendMessageInput): number {
  let size = Buffer.byteLength(input.MessageBody ?? "", "utf8");
  for (const [name, value] of Object.entries(input.MessageAttributes ?? {})) {
    size += Buffer.byteLength(name, "utf8") + Buffer.byteLength(value.DataType ?? "", "utf8");
    size +=
      value.BinaryValue !== undefined
        ? Buffer.from(value.BinaryValue, "base64").length
        : Buffer.byteLength(value.StringValue ?? "", "utf8");
  }
  return size;
}
