/**
 * Turns wire values into the input object actions receive, checking each member against its shape so an
 * action never sees a number where its shape promises a string, whichever protocol the call came in on.
 */
import type { ListShape, MapShape, Shape, StructureShape } from "../core/shapes.js";
import { memberWireName } from "./xml.js";

/** Called with the dotted member path and the expected shape type; returns the error to throw. */
export type TypeErrorFactory = (path: string, expected: string) => Error;

const INTEGER_TEXT = /^[+-]?\d+$/;

/**
 * Checks a parsed JSON value against `shape` in place. JSON `null` members are removed, as AWS treats them as
 * absent. Members bound to a restJson location (URI, header, ...) are not part of a body and are skipped.
 */
export function checkJsonStructure(
  shape: StructureShape,
  value: Record<string, unknown>,
  path: string,
  typeError: TypeErrorFactory,
): void {
  for (const name in shape.members) {
    const member = shape.members[name];
    if (member.location !== undefined) continue;
    const item = value[name];
    if (item === undefined) continue;
    if (item === null) {
      delete value[name];
      continue;
    }
    checkJsonValue(member, item, path === "" ? name : `${path}.${name}`, typeError);
  }
}

function checkJsonValue(shape: Shape, value: unknown, path: string, typeError: TypeErrorFactory): void {
  switch (shape.type) {
    case "structure":
      if (!isPlainObject(value)) throw typeError(path, "structure");
      checkJsonStructure(shape, value, path, typeError);
      return;
    case "list":
      if (!Array.isArray(value)) throw typeError(path, "list");
      for (let i = 0; i < value.length; i++) {
        if (value[i] === null) throw typeError(`${path}.${i + 1}`, shape.member.type);
        checkJsonValue(shape.member, value[i], `${path}.${i + 1}`, typeError);
      }
      return;
    case "map":
      if (!isPlainObject(value)) throw typeError(path, "map");
      for (const key in value) {
        const entry = value[key];
        if (entry === null) throw typeError(`${path}.${key}`, shape.value.type);
        checkJsonValue(shape.value, entry, `${path}.${key}`, typeError);
      }
      return;
    case "string":
    case "blob":
      if (typeof value !== "string") throw typeError(path, shape.type);
      return;
    case "integer":
    case "long":
      if (typeof value !== "number" || !Number.isInteger(value)) throw typeError(path, shape.type);
      return;
    case "double":
      if (typeof value !== "number") throw typeError(path, shape.type);
      return;
    case "boolean":
      if (typeof value !== "boolean") throw typeError(path, shape.type);
      return;
    case "timestamp":
      if (typeof value !== "number" && typeof value !== "string") throw typeError(path, shape.type);
      return;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Query parameters split on `.` into a tree: `Attribute.1.Name=x` → Attribute → 1 → Name = "x". */
export interface ParamNode {
  value?: string;
  children?: Map<string, ParamNode>;
}

export function buildParamTree(params: Iterable<[string, string]>): ParamNode {
  const root: ParamNode = {};
  for (const [key, value] of params) {
    let node = root;
    let start = 0;
    for (;;) {
      const dot = key.indexOf(".", start);
      const part = dot === -1 ? key.slice(start) : key.slice(start, dot);
      node.children ??= new Map();
      let child = node.children.get(part);
      if (child === undefined) {
        child = {};
        node.children.set(part, child);
      }
      node = child;
      if (dot === -1) break;
      start = dot + 1;
    }
    node.value = value;
  }
  return root;
}

/**
 * Decodes query parameters into the JSON-shaped input, following botocore's query serializer: flattened lists
 * `Name.N`, wrapped lists `Name.member.N`, flattened maps `Name.N.Key/Value`, wrapped maps
 * `Name.entry.N.key/value`; integers, booleans and timestamps are coerced from their text.
 */
export function decodeQueryStructure(
  shape: StructureShape,
  node: ParamNode,
  path: string,
  typeError: TypeErrorFactory,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const children = node.children;
  if (children === undefined) return result;
  for (const name in shape.members) {
    const member = shape.members[name];
    const child = children.get(memberWireName(name, member));
    if (child === undefined) continue;
    const memberPath = path === "" ? name : `${path}.${name}`;
    const value =
      member.type === "list" && member.flattened
        ? decodeIndexed(child, member.member, memberPath, typeError)
        : member.type === "map" && member.flattened
          ? decodeMapEntries(member, child, memberPath, typeError)
          : decodeQueryValue(member, child, memberPath, typeError);
    if (value !== undefined) result[name] = value;
  }
  return result;
}

function decodeQueryValue(shape: Shape, node: ParamNode, path: string, typeError: TypeErrorFactory): unknown {
  switch (shape.type) {
    case "structure":
      return decodeQueryStructure(shape, node, path, typeError);
    case "list":
      return decodeWrappedList(shape, node, path, typeError);
    case "map": {
      const entries = node.children?.get(shape.entryName ?? "entry");
      return entries === undefined ? {} : decodeMapEntries(shape, entries, path, typeError);
    }
    default:
      return node.value === undefined ? undefined : coerceScalar(shape.type, node.value, path, typeError);
  }
}

function decodeWrappedList(
  shape: ListShape,
  node: ParamNode,
  path: string,
  typeError: TypeErrorFactory,
): unknown[] {
  const items = node.children?.get(shape.memberName ?? "member");
  return items === undefined ? [] : decodeIndexed(items, shape.member, path, typeError);
}

/** Children named 1..N in numeric order (gaps allowed, other names ignored). */
function indexedChildren(node: ParamNode): [number, ParamNode][] {
  const indexed: [number, ParamNode][] = [];
  if (node.children === undefined) return indexed;
  for (const [key, child] of node.children) {
    const index = Number(key);
    if (Number.isInteger(index) && index > 0) indexed.push([index, child]);
  }
  return indexed.sort((a, b) => a[0] - b[0]);
}

/** An empty `Name=` (how botocore sends an empty list) has no children and gives `[]`. */
function decodeIndexed(node: ParamNode, member: Shape, path: string, typeError: TypeErrorFactory): unknown[] {
  const result: unknown[] = [];
  for (const [index, child] of indexedChildren(node)) {
    const value = decodeQueryValue(member, child, `${path}.${index}`, typeError);
    if (value !== undefined) result.push(value);
  }
  return result;
}

function decodeMapEntries(
  shape: MapShape,
  node: ParamNode,
  path: string,
  typeError: TypeErrorFactory,
): Record<string, unknown> {
  const keyName = shape.keyName ?? "key";
  const valueName = shape.valueName ?? "value";
  const result: Record<string, unknown> = {};
  for (const [, entry] of indexedChildren(node)) {
    const key = entry.children?.get(keyName)?.value;
    const valueNode = entry.children?.get(valueName);
    if (key === undefined || valueNode === undefined) continue;
    const value = decodeQueryValue(shape.value, valueNode, `${path}.${key}`, typeError);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

export function coerceScalar(
  type: Shape["type"],
  text: string,
  path: string,
  typeError: TypeErrorFactory,
): unknown {
  switch (type) {
    case "integer":
    case "long":
      if (!INTEGER_TEXT.test(text)) throw typeError(path, type);
      return Number(text);
    case "double": {
      const number = Number(text);
      if (text.trim() === "" || Number.isNaN(number)) throw typeError(path, type);
      return number;
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (lower === "true") return true;
      if (lower === "false") return false;
      throw typeError(path, type);
    }
    case "timestamp": {
      if (INTEGER_TEXT.test(text)) return Number(text);
      const ms = Date.parse(text);
      if (Number.isNaN(ms)) throw typeError(path, type);
      return ms / 1000;
    }
    default:
      return text;
  }
}
