import { createHash } from "node:crypto";
import type { MessageAttributes } from "./sqs-driver.js";

export function md5Hex(data: string | Uint8Array): string {
  return createHash("md5").update(data).digest("hex");
}

function lengthPrefixed(bytes: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * MD5OfMessageAttributes as AWS documents it: names sorted; for each, length-prefixed name and data type, a
 * transport byte (1 string-like, 2 binary), then the length-prefixed value. Written out here because it is
 * the oracle the server's digest is checked against.
 */
export function md5OfMessageAttributes(attributes: MessageAttributes): string {
  const parts: Buffer[] = [];
  for (const name of Object.keys(attributes).sort()) {
    const attribute = attributes[name];
    if (!attribute) continue;
    const isBinary = attribute.DataType.startsWith("Binary");
    parts.push(lengthPrefixed(Buffer.from(name, "utf8")));
    parts.push(lengthPrefixed(Buffer.from(attribute.DataType, "utf8")));
    parts.push(Buffer.from([isBinary ? 2 : 1]));
    const value = isBinary
      ? Buffer.from(attribute.BinaryValue ?? [])
      : Buffer.from(attribute.StringValue ?? "", "utf8");
    parts.push(lengthPrefixed(value));
  }
  return md5Hex(Buffer.concat(parts));
}
