/**
 * AWS's Coral validation message, as the JSON services built on Coral (Kinesis, CloudWatch Logs, Lambda, ...)
 * send it in a ValidationException: "2 validation errors detected: Value 'a b' at 'streamName' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '0' at 'shardCount' failed
 * to satisfy constraint: Member must have value greater than or equal to 1". Paths start lower-case, list
 * elements read `records.1.member`, values are quoted except `null`, and at most ten violations are listed.
 * The wording follows kinesalite, whose tests run against real Kinesis.
 */
import type { AwsError } from "./errors.js";
import type { ModelShape } from "./model-shapes.js";
import type { PathStep, Violation, ViolationReporter } from "./model-validation.js";

export function coralValidationMessage(violations: readonly Violation[]): string {
  const count = violations.length;
  const sentences = violations.map(coralSentence).join("; ");
  return `${count} validation error${count === 1 ? "" : "s"} detected: ${sentences}`;
}

export function coralSentence(violation: Violation): string {
  const value = violation.kind === "required" ? "null" : `'${coralValue(violation.value, violation.shape)}'`;
  return `Value ${value} at '${coralPath(violation.path)}' failed to satisfy constraint: ${constraintText(violation)}`;
}

export function coralPath(path: readonly PathStep[]): string {
  return path
    .map((step) => {
      if ("member" in step) return step.member.charAt(0).toLowerCase() + step.member.slice(1);
      if ("index" in step) return `${step.index + 1}.member`;
      return `${step.key}.member`;
    })
    .join(".");
}

function constraintText(violation: Violation): string {
  const inner = (): string => (violation.inner ?? []).map(constraintText).join(", ");
  switch (violation.kind) {
    case "required":
      return "Member must not be null";
    case "min":
      return `Member must have value greater than or equal to ${violation.limit}`;
    case "max":
      return `Member must have value less than or equal to ${violation.limit}`;
    case "minLength":
      return `Member must have length greater than or equal to ${violation.limit}`;
    case "maxLength":
      return `Member must have length less than or equal to ${violation.limit}`;
    case "pattern":
      return `Member must satisfy regular expression pattern: ${patternOf(violation.shape)}`;
    case "enum":
      return `Member must satisfy enum value set: [${enumOf(violation.shape).join(", ")}]`;
    case "listMember":
      return `Member must satisfy constraint: [${inner()}]`;
    case "mapKey":
      return `Map keys must satisfy constraint: [${inner()}]`;
    case "mapValue":
      return `Map value must satisfy constraint: [${inner()}]`;
    case "type":
      return `Member must be of type ${violation.shape.type}`;
  }
}

function patternOf(shape: ModelShape): string {
  return "pattern" in shape && shape.pattern !== undefined ? shape.pattern : "";
}

function enumOf(shape: ModelShape): readonly string[] {
  return "enum" in shape && shape.enum !== undefined ? shape.enum : [];
}

/** How Java's `toString` shows the value in Coral messages. */
function coralValue(value: unknown, shape: ModelShape): string {
  if (value === undefined || value === null) return "null";
  if (shape.type === "blob") {
    const size = value instanceof Uint8Array ? value.byteLength : Buffer.byteLength(plain(value), "base64");
    return `java.nio.HeapByteBuffer[pos=0 lim=${size} cap=${size}]`;
  }
  if (Array.isArray(value)) return `[${value.map((item) => plain(item)).join(", ")}]`;
  if (shape.type === "map" && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${key}=${plain(item)}`).join(", ")}}`;
  }
  return plain(value);
}

function plain(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

export interface CoralErrors {
  /** The ValidationException carrying the aggregate message. */
  validation(message: string): AwsError;
  /** A value of the wrong type: Coral fails it before validating (SerializationException). */
  serialization(violation: Violation): AwsError;
}

/** All violations, up to ten, in one Coral message; a type mismatch is reported on its own first. */
export function coralReporter(errors: CoralErrors): ViolationReporter {
  return {
    collect: "all",
    error(violations) {
      const typeViolation = violations.find((violation) => violation.kind === "type");
      if (typeViolation !== undefined) return errors.serialization(typeViolation);
      return errors.validation(coralValidationMessage(violations));
    },
  };
}
