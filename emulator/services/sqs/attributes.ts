import type { AwsError } from "../../core/errors.js";
import { compilePolicy, policyErrorFor } from "../../core/policy/index.js";
import { SqsErrors } from "./errors.js";

/**
 * Queue attributes. Values are kept exactly as the caller set them (strings), so GetQueueAttributes returns
 * them byte for byte; numbers are parsed only where behaviour needs them. Only cross-queue rules (the DLQ
 * exists, has the same type, allows this source) live in the model.
 */
export type QueueAttributes = Record<string, string>;

export const COMPUTED_ATTRIBUTES = [
  "ApproximateNumberOfMessages",
  "ApproximateNumberOfMessagesNotVisible",
  "ApproximateNumberOfMessagesDelayed",
  "CreatedTimestamp",
  "LastModifiedTimestamp",
  "QueueArn",
] as const;

interface AttributeRule {
  /** FIFO-only attributes are unknown names on standard queues. */
  fifoOnly?: boolean;
  /** Settable only by CreateQueue. */
  createOnly?: boolean;
  /** Returned by GetQueueAttributes when never set; absent = not returned until set. */
  defaultValue?: string;
  /** Throws the AWS error for a malformed value. */
  check(name: string, value: string): void;
}

const invalidValue = (name: string): AwsError =>
  SqsErrors.invalidAttributeValue(`Invalid value for the parameter ${name}.`);

function integerIn(min: number, max: number) {
  return (name: string, value: string): void => {
    if (!/^\s*-?\d+\s*$/.test(value)) throw invalidValue(name);
    const n = Number(value);
    if (n < min || n > max) throw invalidValue(name);
  };
}

function oneOf(...allowed: string[]) {
  return (name: string, value: string): void => {
    if (!allowed.includes(value)) throw invalidValue(name);
  };
}

const booleanString = (name: string, value: string): void => {
  if (!/^(true|false)$/i.test(value)) throw invalidValue(name);
};

/** A queue policy, validated as AWS validates it; SQS answers every problem with one fixed sentence. */
const queuePolicy = (_name: string, value: string): void => {
  if (value === "") return;
  const compiled = compilePolicy(value, "resource");
  // The core maps policy problems to SQS's InvalidAttributeValue and its sentence.
  if (!compiled.ok) throw SqsErrors.invalidAttributeValue(policyErrorFor("sqs", compiled.problem).message);
};

const anyString = (): void => undefined;

export const MAX_MESSAGE_SIZE_LIMIT = 1_048_576;

const RULES: Record<string, AttributeRule> = {
  DelaySeconds: { defaultValue: "0", check: integerIn(0, 900) },
  MaximumMessageSize: {
    defaultValue: String(MAX_MESSAGE_SIZE_LIMIT),
    check: integerIn(1024, MAX_MESSAGE_SIZE_LIMIT),
  },
  MessageRetentionPeriod: { defaultValue: "345600", check: integerIn(60, 1_209_600) },
  ReceiveMessageWaitTimeSeconds: { defaultValue: "0", check: integerIn(0, 20) },
  VisibilityTimeout: { defaultValue: "30", check: integerIn(0, 43_200) },
  Policy: { check: queuePolicy },
  RedrivePolicy: { check: (name, value) => void parseRedrivePolicy(value, name) },
  RedriveAllowPolicy: { check: (name, value) => void parseRedriveAllowPolicy(value, name) },
  KmsMasterKeyId: { check: anyString },
  KmsDataKeyReusePeriodSeconds: { check: integerIn(60, 86_400) },
  SqsManagedSseEnabled: { defaultValue: "true", check: booleanString },
  FifoQueue: { fifoOnly: true, createOnly: true, defaultValue: "true", check: booleanString },
  ContentBasedDeduplication: { fifoOnly: true, defaultValue: "false", check: booleanString },
  DeduplicationScope: { fifoOnly: true, defaultValue: "queue", check: oneOf("messageGroup", "queue") },
  FifoThroughputLimit: {
    fifoOnly: true,
    defaultValue: "perQueue",
    check: oneOf("perQueue", "perMessageGroupId"),
  },
};

export const SETTABLE_ATTRIBUTE_NAMES = Object.keys(RULES);

const unknownAttribute = (name: string): AwsError =>
  SqsErrors.invalidAttributeName(`Unknown Attribute ${name}.`);

/** Checks attributes for CreateQueue (`creating`) or SetQueueAttributes; throws the AWS error for the first bad one. */
export function checkAttributes(attributes: QueueAttributes, fifo: boolean, creating: boolean): void {
  for (const [name, value] of Object.entries(attributes)) {
    const rule = RULES[name];
    if (!rule || (rule.fifoOnly && !fifo) || (rule.createOnly && !creating)) throw unknownAttribute(name);
    if (typeof value !== "string") throw invalidValue(name);
    rule.check(name, value);
  }
}

/** The attribute value in force: what was set, else the default. */
export function effectiveAttribute(
  attributes: QueueAttributes,
  name: string,
  fifo: boolean,
): string | undefined {
  if (attributes[name] !== undefined) return attributes[name];
  // SSE-SQS is the default only for queues that do not use a KMS key.
  if (name === "SqsManagedSseEnabled" && attributes.KmsMasterKeyId !== undefined) return "false";
  const rule = RULES[name];
  if (!rule || (rule.fifoOnly && !fifo)) return undefined;
  return rule.defaultValue;
}

/** Every stored-or-default attribute, for GetQueueAttributes(All). */
export function allStoredAttributes(attributes: QueueAttributes, fifo: boolean): QueueAttributes {
  const out: QueueAttributes = {};
  for (const name of SETTABLE_ATTRIBUTE_NAMES) {
    const value = effectiveAttribute(attributes, name, fifo);
    if (value !== undefined && value !== "") out[name] = value;
  }
  return out;
}

export function isKnownAttributeName(name: string, fifo: boolean): boolean {
  if ((COMPUTED_ATTRIBUTES as readonly string[]).includes(name)) return true;
  const rule = RULES[name];
  return rule !== undefined && (!rule.fifoOnly || fifo);
}

export function numericAttribute(attributes: QueueAttributes, name: string, fifo: boolean): number {
  return Number(effectiveAttribute(attributes, name, fifo) ?? 0);
}

export interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}

function invalidParameter(name: string, value: string, reason: string): AwsError {
  return SqsErrors.invalidParameterValue(
    `Value ${value} for parameter ${name} is invalid. Reason: ${reason}`,
  );
}

function parseJsonObject(value: string, name: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalidParameter(name, value, "Invalid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw invalidParameter(name, value, "Invalid JSON.");
  }
  return parsed as Record<string, unknown>;
}

/** Parses a RedrivePolicy string; undefined for "" (no policy). */
export function parseRedrivePolicy(
  value: string | undefined,
  name = "RedrivePolicy",
): RedrivePolicy | undefined {
  if (value === undefined || value === "") return undefined;
  const policy = parseJsonObject(value, name);
  const target = policy.deadLetterTargetArn;
  if (typeof target !== "string" || target === "") {
    throw invalidParameter(
      name,
      value,
      "Redrive policy does not contain mandatory attribute: deadLetterTargetArn.",
    );
  }
  const rawCount = policy.maxReceiveCount ?? 10;
  const count = typeof rawCount === "string" && /^\d+$/.test(rawCount) ? Number(rawCount) : rawCount;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > 1000) {
    throw invalidParameter(
      name,
      value,
      `Invalid value for maxReceiveCount: ${JSON.stringify(rawCount)}, valid values are from 1 to 1000 both inclusive.`,
    );
  }
  return { deadLetterTargetArn: target, maxReceiveCount: count };
}

export interface RedriveAllowPolicy {
  redrivePermission: "allowAll" | "denyAll" | "byQueue";
  sourceQueueArns: string[];
}

export function parseRedriveAllowPolicy(
  value: string | undefined,
  name = "RedriveAllowPolicy",
): RedriveAllowPolicy | undefined {
  if (value === undefined || value === "") return undefined;
  const policy = parseJsonObject(value, name);
  const permission = policy.redrivePermission;
  if (permission !== "allowAll" && permission !== "denyAll" && permission !== "byQueue") {
    throw invalidParameter(name, value, "Invalid value for redrivePermission.");
  }
  const arns = policy.sourceQueueArns;
  if (permission === "byQueue") {
    if (
      !Array.isArray(arns) ||
      arns.length === 0 ||
      arns.length > 10 ||
      !arns.every((a) => typeof a === "string")
    ) {
      throw invalidParameter(
        name,
        value,
        "sourceQueueArns must contain between 1 and 10 queue ARNs when redrivePermission is byQueue.",
      );
    }
    return { redrivePermission: permission, sourceQueueArns: arns };
  }
  if (arns !== undefined) {
    throw invalidParameter(name, value, "sourceQueueArns is only allowed when redrivePermission is byQueue.");
  }
  return { redrivePermission: permission, sourceQueueArns: [] };
}

/**
 * Attributes as SQS keeps them: every value as set, except RedrivePolicy, which AWS re-serialises so that
 * `maxReceiveCount` reads back as a number whatever was written (`"5"` gives `5`). Expects checked attributes.
 */
export function canonicalAttributes(attributes: QueueAttributes): QueueAttributes {
  const redrive = parseRedrivePolicy(attributes.RedrivePolicy);
  if (!redrive) return attributes;
  return { ...attributes, RedrivePolicy: JSON.stringify(redrive) };
}

/** Attributes to store: an empty value (Policy "" and the like) removes the attribute. */
export function withoutEmpty(attributes: QueueAttributes): QueueAttributes {
  const out: QueueAttributes = {};
  for (const [name, value] of Object.entries(attributes)) if (value !== "") out[name] = value;
  return out;
}

/** CreateQueue idempotency: numbers and booleans compare by value, everything else exactly. */
export function sameAttributeValue(current: string | undefined, given: string): boolean {
  if (current === given) return true;
  if (current === undefined) return given === "";
  if (/^\s*-?\d+\s*$/.test(current) && /^\s*-?\d+\s*$/.test(given)) return Number(current) === Number(given);
  if (/^(true|false)$/i.test(current) && /^(true|false)$/i.test(given))
    return current.toLowerCase() === given.toLowerCase();
  return false;
}
