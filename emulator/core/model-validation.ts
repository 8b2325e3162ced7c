/**
 * Validation from the generated model shapes: required members, types, value ranges, lengths and sizes,
 * patterns and enums, checked in model member order. The walker only finds violations; each service decides
 * what AWS answers for them through a `ViolationReporter` (SQS: the first violation as MissingParameter or
 * InvalidParameterValue; Kinesis and the other Coral services: all of them in one ValidationException, see
 * ./coral-validation.ts).
 */
import type { AwsError } from "./errors.js";
import type { ModelList, ModelMap, ModelShape, ModelStructure } from "./model-shapes.js";

/** One step from the input's root: a structure member, a list position (0-based) or a map key. */
export type PathStep = { readonly member: string } | { readonly index: number } | { readonly key: string };

export type ViolationKind =
  | "required"
  | "type"
  | "min"
  | "max"
  | "minLength"
  | "maxLength"
  | "pattern"
  | "enum"
  /** Scalar list elements broke their constraints (`inner`); reported on the list, as AWS does. */
  | "listMember"
  /** Map keys broke their constraints (`inner`). */
  | "mapKey"
  /** Scalar map values broke their constraints (`inner`). */
  | "mapValue";

export interface Violation {
  readonly kind: ViolationKind;
  readonly path: readonly PathStep[];
  /** The offending value (`undefined` for a missing member). */
  readonly value: unknown;
  readonly shape: ModelShape;
  /** The bound broken by min/max/minLength/maxLength. */
  readonly limit?: number;
  /** For `listMember`, `mapKey` and `mapValue`: what the elements broke, with paths relative to the element. */
  readonly inner?: readonly Violation[];
}

export interface ViolationReporter {
  /** `first` stops at the first violation; `all` collects up to `limit` (default 10, as Coral services do). */
  readonly collect: "first" | "all";
  readonly limit?: number;
  /**
   * Whether enum values are checked (default true). SQS leaves them to its actions: an unknown attribute name
   * is AWS's InvalidAttributeName, or ignored, never a validation error.
   */
  readonly checkEnums?: boolean;
  /** The error to throw for what was found (never called with an empty list). */
  error(violations: readonly Violation[]): AwsError;
}

const DEFAULT_LIMIT = 10;

/** Throws the reporter's error when `input` breaks `shape`; returns normally otherwise. */
export function validateModelInput(
  input: Record<string, unknown>,
  shape: ModelStructure,
  reporter: ViolationReporter,
): void {
  const limit = reporter.collect === "first" ? 1 : (reporter.limit ?? DEFAULT_LIMIT);
  const violations = findViolations(input, shape, limit, reporter.checkEnums ?? true);
  if (violations.length > 0) throw reporter.error(violations);
}

/** Up to `limit` violations of `shape` in `input`, in model member order. */
export function findViolations(
  input: Record<string, unknown>,
  shape: ModelStructure,
  limit = Number.POSITIVE_INFINITY,
  checkEnums = true,
): Violation[] {
  const found: Violation[] = [];
  checkStructure(input, shape, [], { found, limit, checkEnums });
  return found;
}

/** Where a walk collects violations, how many it wants, and which constraints it checks. */
interface Walk {
  readonly found: Violation[];
  readonly limit: number;
  readonly checkEnums: boolean;
}

function checkStructure(
  value: Record<string, unknown>,
  shape: ModelStructure,
  path: readonly PathStep[],
  walk: Walk,
): void {
  const required = shape.required ?? [];
  for (const name in shape.members) {
    if (walk.found.length >= walk.limit) return;
    const member = shape.members[name];
    const item = value[name];
    // Most members of an input are absent: their path is built only when one is reported.
    if (item === undefined || item === null) {
      if (required.includes(name))
        walk.found.push({
          kind: "required",
          path: [...path, { member: name }],
          value: undefined,
          shape: member,
        });
      continue;
    }
    checkValue(item, member, [...path, { member: name }], walk);
  }
}

function checkValue(value: unknown, shape: ModelShape, path: readonly PathStep[], walk: Walk): void {
  const fail = (kind: ViolationKind, limitValue?: number): void => {
    if (walk.found.length < walk.limit) walk.found.push({ kind, path, value, shape, limit: limitValue });
  };
  if (!hasType(value, shape)) {
    fail("type");
    return;
  }
  switch (shape.type) {
    case "integer":
    case "long":
    case "double":
      if (shape.min !== undefined && (value as number) < shape.min) fail("min", shape.min);
      if (shape.max !== undefined && (value as number) > shape.max) fail("max", shape.max);
      return;
    case "string":
    case "blob": {
      if (shape.pattern !== undefined && typeof value === "string" && !matches(shape.pattern, value))
        fail("pattern");
      checkSize(sizeOf(value, shape.type), shape, fail);
      if (walk.checkEnums && shape.enum !== undefined && !shape.enum.includes(value as string)) fail("enum");
      return;
    }
    case "list":
      checkSize((value as unknown[]).length, shape, fail);
      checkList(value as unknown[], shape, path, walk);
      return;
    case "map":
      checkSize(Object.keys(value as object).length, shape, fail);
      checkMap(value as Record<string, unknown>, shape, path, walk);
      return;
    case "structure":
      checkStructure(value as Record<string, unknown>, shape, path, walk);
      return;
    default:
      return;
  }
}

function checkSize(
  size: number,
  shape: { min?: number; max?: number },
  fail: (kind: ViolationKind, limit?: number) => void,
): void {
  if (shape.min !== undefined && size < shape.min) fail("minLength", shape.min);
  if (shape.max !== undefined && size > shape.max) fail("maxLength", shape.max);
}

/** A walk that collects every violation of one element, to be reported on its list or map as a whole. */
function elementWalk(walk: Walk): Walk {
  return { found: [], limit: Number.POSITIVE_INFINITY, checkEnums: walk.checkEnums };
}

/** Structure elements are walked into (`records.1.member.partitionKey`); scalar ones are judged as a whole. */
function checkList(items: unknown[], shape: ModelList, path: readonly PathStep[], walk: Walk): void {
  const inner = elementWalk(walk);
  for (let i = 0; i < items.length && walk.found.length < walk.limit; i++) {
    const itemPath = [...path, { index: i }];
    if (items[i] === null || items[i] === undefined) {
      walk.found.push({ kind: "required", path: itemPath, value: undefined, shape: shape.member });
    } else if (isCollectionOrStructure(shape.member)) {
      checkValue(items[i], shape.member, itemPath, walk);
    } else {
      checkValue(items[i], shape.member, [], inner);
    }
  }
  if (inner.found.length > 0 && walk.found.length < walk.limit) {
    walk.found.push({ kind: "listMember", path, value: items, shape, inner: distinct(inner.found) });
  }
}

function checkMap(
  entries: Record<string, unknown>,
  shape: ModelMap,
  path: readonly PathStep[],
  walk: Walk,
): void {
  const keys = elementWalk(walk);
  const values = elementWalk(walk);
  for (const key in entries) {
    if (walk.found.length >= walk.limit) return;
    checkValue(key, shape.key, [], keys);
    const item = entries[key];
    if (item === null || item === undefined) continue;
    if (isCollectionOrStructure(shape.value)) {
      checkValue(item, shape.value, [...path, { key }], walk);
    } else {
      checkValue(item, shape.value, [], values);
    }
  }
  if (keys.found.length > 0 && walk.found.length < walk.limit) {
    walk.found.push({ kind: "mapKey", path, value: entries, shape, inner: distinct(keys.found) });
  }
  if (values.found.length > 0 && walk.found.length < walk.limit) {
    walk.found.push({ kind: "mapValue", path, value: entries, shape, inner: distinct(values.found) });
  }
}

function isCollectionOrStructure(shape: ModelShape): boolean {
  return shape.type === "structure" || shape.type === "list" || shape.type === "map";
}

/** One entry per broken constraint, so ten over-long elements say "too long" once. */
function distinct(violations: Violation[]): Violation[] {
  const seen = new Map<string, Violation>();
  for (const violation of violations) {
    const id = `${violation.kind}:${violation.limit ?? ""}`;
    if (!seen.has(id)) seen.set(id, violation);
  }
  return [...seen.values()];
}

function hasType(value: unknown, shape: ModelShape): boolean {
  switch (shape.type) {
    case "string":
      return typeof value === "string";
    case "blob":
      return typeof value === "string" || value instanceof Uint8Array;
    case "integer":
    case "long":
      return typeof value === "number" && Number.isInteger(value);
    case "double":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "timestamp":
      return typeof value === "number" || typeof value === "string" || value instanceof Date;
    case "list":
      return Array.isArray(value);
    case "map":
    case "structure":
      return typeof value === "object" && value !== null && !Array.isArray(value);
  }
}

/**
 * A string's length in UTF-16 code units (what Java's `String.length()` counts); a blob's in bytes. Blobs reach
 * actions as base64 text, as the JSON protocols carry them.
 */
/**
 * A blob's size from its base64 text without decoding it (the action decodes it once, later): exact for valid
 * base64, which is all AWS's JSON protocols accept; a text with stray characters only counts larger.
 */
function sizeOf(value: unknown, type: "string" | "blob"): number {
  if (value instanceof Uint8Array) return value.byteLength;
  const text = value as string;
  return type === "blob" ? Buffer.byteLength(text, "base64") : text.length;
}

const compiled = new Map<string, RegExp | null>();

/**
 * Model patterns are Java regular expressions that must match the whole value. They are compiled once, with the
 * `u` flag where JavaScript accepts it (for `\p{...}` classes) and without it where the pattern uses escapes that
 * only non-Unicode mode allows (`[\w-_]`); a pattern JavaScript cannot compile at all is not checked.
 */
export function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = compile(pattern, "u") ?? compile(pattern, "");
    compiled.set(pattern, regex);
  }
  return regex === null || regex.test(value);
}

function compile(pattern: string, flags: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, flags);
  } catch {
    return null;
  }
}

/** `Entries.1.Id`: member names as sent, 1-based list positions, map keys as given. */
export function dottedPath(path: readonly PathStep[]): string {
  return path
    .map((step) => ("member" in step ? step.member : "index" in step ? String(step.index + 1) : step.key))
    .join(".");
}
