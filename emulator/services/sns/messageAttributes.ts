import { invalidParameter, SnsErrors } from "./errors.js";

export interface MessageAttributeValue {
  readonly DataType: string;
  readonly StringValue?: string;
  /** Base64, as the protocol layer hands blobs over. */
  readonly BinaryValue?: string;
}

export type MessageAttributes = Readonly<Record<string, MessageAttributeValue>>;

/** SNS's limits: names of up to 256 characters without a leading `AWS.`/`Amazon.` or two dots in a row. */
const NAME = /^(?!\.)(?!.*\.\.)(?!.*\.$)[A-Za-z0-9_.-]{1,256}$/;
const RESERVED_PREFIXES = ["aws.", "amazon."];

/** Checks message attributes as SNS does; returns their size as SNS counts it (names, types and values). */
export function checkMessageAttributes(attributes: MessageAttributes | undefined): number {
  if (attributes === undefined) return 0;
  let size = 0;
  for (const [name, value] of Object.entries(attributes)) {
    if (!NAME.test(name) || RESERVED_PREFIXES.some((prefix) => name.toLowerCase().startsWith(prefix))) {
      throw invalidParameter(`The message attribute name '${name}' is invalid.`);
    }
    const type = value.DataType;
    const base = type.split(".")[0];
    if (base !== "String" && base !== "Number" && base !== "Binary") {
      throw SnsErrors.invalidParameterValue(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
      );
    }
    if (base === "Binary") {
      if (value.BinaryValue === undefined || value.BinaryValue === "") {
        throw SnsErrors.invalidParameterValue(
          `The message attribute '${name}' with type 'Binary' must use field 'Binary'.`,
        );
      }
      size += Buffer.byteLength(value.BinaryValue, "base64");
    } else {
      if (value.StringValue === undefined || value.StringValue === "") {
        throw SnsErrors.invalidParameterValue(
          `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`,
        );
      }
      if (base === "Number") checkNumber(name, value.StringValue);
      if (type === "String.Array") checkStringArray(name, value.StringValue);
      size += Buffer.byteLength(value.StringValue);
    }
    size += Buffer.byteLength(name) + Buffer.byteLength(type);
  }
  return size;
}

function checkNumber(name: string, text: string): void {
  const number = Number(text);
  if (text.trim() === "" || !Number.isFinite(number)) {
    throw SnsErrors.invalidParameterValue(`Could not cast message attribute '${name}' value to number.`);
  }
  if (Math.abs(number) > 1e9 || (text.split(".")[1]?.length ?? 0) > 5) {
    throw SnsErrors.invalidParameterValue(
      `Value ${text} for message attribute '${name}' is out of range: numbers must be between -1e9 and 1e9 with at most 5 decimal places.`,
    );
  }
}

function checkStringArray(name: string, text: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const scalar = (item: unknown) => item === null || ["string", "number", "boolean"].includes(typeof item);
  if (!Array.isArray(parsed) || !parsed.every(scalar)) {
    throw SnsErrors.invalidParameterValue(
      `The message attribute '${name}' with type 'String.Array' has an invalid value: it must be a JSON array of strings, numbers, booleans or nulls.`,
    );
  }
}

/** The envelope's `MessageAttributes`: `{name: {Type, Value}}`, binary values in base64. */
export function envelopeAttributes(
  attributes: MessageAttributes,
): Record<string, { Type: string; Value: string }> {
  const out: Record<string, { Type: string; Value: string }> = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[name] = { Type: value.DataType, Value: value.BinaryValue ?? value.StringValue ?? "" };
  }
  return out;
}
