import type { AwsError } from "./errors.js";

/**
 * Declarative input validation: each action lists its members' constraints in a table, and one walker checks
 * them in table order, throwing the first violation as the service's own AwsError. Services decide the error
 * codes and sentences (SQS says `MissingParameter` / `InvalidParameterValue`, Kinesis says
 * `ValidationException`), so the walker only reports *what* failed through `ValidationErrors`.
 */
export type Constraint =
  | StringConstraint
  | NumberConstraint
  | BooleanConstraint
  | ListConstraint
  | MapConstraint
  | StructureConstraint;

interface BaseConstraint {
  required?: boolean;
  /** Replaces the service's generic "invalid" error for this member (e.g. SQS's `InvalidBatchEntryId`). */
  onInvalid?: (path: string, value: unknown) => AwsError;
}

export interface StringConstraint extends BaseConstraint {
  type: "string";
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  oneOf?: readonly string[];
  /** The reason AWS gives when the value breaks a length, pattern or enum rule. */
  reason?: string;
}

export interface NumberConstraint extends BaseConstraint {
  type: "integer";
  min?: number;
  max?: number;
  reason?: string;
}

export interface BooleanConstraint extends BaseConstraint {
  type: "boolean";
}

export interface ListConstraint extends BaseConstraint {
  type: "list";
  member?: Constraint;
  maxItems?: number;
  reason?: string;
}

export interface MapConstraint extends BaseConstraint {
  type: "map";
  value?: Constraint;
}

export interface StructureConstraint extends BaseConstraint {
  type: "structure";
  members: ValidationTable;
}

export type ValidationTable = Readonly<Record<string, Constraint>>;

/**
 * How a service words each kind of violation. `path` is the member name, dotted for nested members. There is
 * no wording for a value of the wrong type: the protocol layer has already checked every member against the
 * action's input shape (see `shapes.ts`), so such a value means the table disagrees with the shape, a bug.
 */
export interface ValidationErrors {
  missing(path: string): AwsError;
  invalid(path: string, value: unknown, reason: string): AwsError;
}

/** Throws the first violation of `table` found in `input`; returns normally when the input satisfies it. */
export function validate(
  input: Record<string, unknown>,
  table: ValidationTable,
  errors: ValidationErrors,
): void {
  for (const [name, constraint] of Object.entries(table)) {
    checkValue(input[name], name, constraint, errors);
  }
}

function checkValue(value: unknown, path: string, c: Constraint, errors: ValidationErrors): void {
  if (value === undefined || value === null) {
    if (c.required) throw errors.missing(path);
    return;
  }
  const invalid = (reason: string): AwsError =>
    c.onInvalid ? c.onInvalid(path, value) : errors.invalid(path, value, reason);
  switch (c.type) {
    case "string":
      if (typeof value !== "string") throw mismatch(path, value, c.type);
      if (c.minLength !== undefined && value.length < c.minLength)
        throw invalid(c.reason ?? `Must be at least ${c.minLength} characters long`);
      if (c.maxLength !== undefined && value.length > c.maxLength)
        throw invalid(c.reason ?? `Must be at most ${c.maxLength} characters long`);
      if (c.pattern && !c.pattern.test(value)) throw invalid(c.reason ?? `Must match ${String(c.pattern)}`);
      if (c.oneOf && !c.oneOf.includes(value))
        throw invalid(c.reason ?? `Must be one of ${c.oneOf.join(", ")}`);
      return;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) throw mismatch(path, value, c.type);
      if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max)) {
        throw invalid(c.reason ?? `Must be between ${c.min ?? "-∞"} and ${c.max ?? "∞"}`);
      }
      return;
    case "boolean":
      if (typeof value !== "boolean") throw mismatch(path, value, c.type);
      return;
    case "list":
      if (!Array.isArray(value)) throw mismatch(path, value, c.type);
      if (c.maxItems !== undefined && value.length > c.maxItems)
        throw invalid(c.reason ?? `Must have at most ${c.maxItems} items`);
      if (c.member) {
        const member = c.member;
        value.forEach((item, i) => checkValue(item, `${path}.${i + 1}`, member, errors));
      }
      return;
    case "map":
      if (!isRecord(value)) throw mismatch(path, value, c.type);
      if (c.value) {
        for (const [key, item] of Object.entries(value)) checkValue(item, `${path}.${key}`, c.value, errors);
      }
      return;
    case "structure":
      if (!isRecord(value)) throw mismatch(path, value, c.type);
      for (const [name, member] of Object.entries(c.members))
        checkValue(value[name], `${path}.${name}`, member, errors);
      return;
  }
}

/** A table whose type disagrees with the input shape: an internal error, not the caller's. */
function mismatch(path: string, value: unknown, expected: Constraint["type"]): TypeError {
  const actual = Array.isArray(value) ? "array" : typeof value;
  return new TypeError(
    `validation table expects ${expected} at ${path} but the decoded input holds a ${actual}: the table and the input shape disagree`,
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
