import { createHash } from "node:crypto";

/** A message attribute as SQS carries it; `BinaryValue` is base64 (the JSON and query wire form alike). */
export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

export type MessageAttributeMap = Record<string, MessageAttributeValue>;

/**
 * The last body hashed and its digest. An SNS publish hands the same body to every subscribed queue in a row,
 * so the fan-out hashes it once; comparing the same string object is a pointer check.
 */
let lastBody: string | undefined;
let lastDigest = "";

export function md5OfBody(body: string): string {
  if (body === lastBody) return lastDigest;
  lastDigest = createHash("md5").update(body, "utf8").digest("hex");
  lastBody = body;
  return lastDigest;
}

const STRING_TRANSPORT = 1;
const BINARY_TRANSPORT = 2;

/**
 * MD5OfMessageAttributes as SQS defines it: names sorted; for each, length-prefixed (uint32 big-endian) name
 * and data type, one transport byte (1 string/number, 2 binary), then the length-prefixed value bytes.
 * Returns undefined for no attributes, since SQS then omits the field.
 */
export function md5OfMessageAttributes(attributes: MessageAttributeMap | undefined): string | undefined {
  if (!attributes) return undefined;
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return undefined;
  const hash = createHash("md5");
  for (const name of names) {
    const attribute = attributes[name];
    hash.update(lengthPrefixed(Buffer.from(name, "utf8")));
    hash.update(lengthPrefixed(Buffer.from(attribute.DataType, "utf8")));
    if (attribute.DataType.startsWith("Binary")) {
      hash.update(Uint8Array.of(BINARY_TRANSPORT));
      hash.update(lengthPrefixed(Buffer.from(attribute.BinaryValue ?? "", "base64")));
    } else {
      hash.update(Uint8Array.of(STRING_TRANSPORT));
      hash.update(lengthPrefixed(Buffer.from(attribute.StringValue ?? "", "utf8")));
    }
  }
  return hash.digest("hex");
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.allocUnsafe(4);
  length.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([length, bytes]);
}

/** MD5OfMessageSystemAttributes: the attribute checksum over AWSTraceHeader, the one system attribute a sender sets. */
export function md5OfSystemAttributes(traceHeader: string | undefined): string | undefined {
  return traceHeader === undefined
    ? undefined
    : md5OfMessageAttributes({ AWSTraceHeader: { DataType: "String", StringValue: traceHeader } });
}
