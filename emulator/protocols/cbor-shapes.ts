/**
 * The walk both CBOR protocols make over a value and its shape: CBOR carries blobs and timestamps in forms of
 * its own (byte strings, tag 1), while actions take and give the JSON protocols' forms (base64 text, epoch
 * seconds). Each protocol says how one blob or timestamp converts; this walk finds them.
 */
import type { Shape, StructureShape } from "../core/shapes.js";
import { isPlainObject } from "./shape-input.js";

/** Converts one blob or timestamp value (never null or undefined). */
export type LeafConversion = (type: "blob" | "timestamp", value: unknown) => unknown;

export interface ConversionOptions {
  /** Leave out structure members that are null, as RPC v2 CBOR requires (undefined ones always are). */
  readonly omitNullMembers?: boolean;
}

/** `value` with every blob and timestamp member that `shape` declares passed through `convert`. */
export function convertLeaves(
  shape: Shape,
  value: unknown,
  convert: LeafConversion,
  options: ConversionOptions = {},
): unknown {
  if (value === null || value === undefined) return value;
  switch (shape.type) {
    case "blob":
    case "timestamp":
      return convert(shape.type, value);
    case "list":
      return Array.isArray(value)
        ? value.map((item) => convertLeaves(shape.member, item, convert, options))
        : value;
    case "map":
      return isPlainObject(value) ? convertMap(shape.value, value, convert, options) : value;
    case "structure":
      return isPlainObject(value) ? convertStructure(shape, value, convert, options) : value;
    default:
      return value;
  }
}

function convertMap(
  valueShape: Shape,
  value: Record<string, unknown>,
  convert: LeafConversion,
  options: ConversionOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = convertLeaves(valueShape, value[key], convert, options);
  return out;
}

function convertStructure(
  shape: StructureShape,
  value: Record<string, unknown>,
  convert: LeafConversion,
  options: ConversionOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    if (item === undefined || (item === null && options.omitNullMembers)) continue;
    const member = shape.members[key];
    out[key] = member === undefined ? item : convertLeaves(member, item, convert, options);
  }
  return out;
}
