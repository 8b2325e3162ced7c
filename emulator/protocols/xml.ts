/**
 * XML output for the query protocol, written by hand from the output shapes: the replies are small, flat and
 * namespace-free apart from the root, so a general XML builder would add a dependency and a tree per reply
 * on the hot path without buying correctness we do not get from the few rules below.
 */
import type { ListShape, MapShape, Member, Shape, StructureShape } from "../core/shapes.js";

// Control characters are exactly what these patterns are for.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const ESCAPABLE = /[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Escapes text for element content or attribute values. `\r` becomes `&#xD;` because XML parsers turn a literal
 * CR into LF; other control characters get numeric references too so the text survives a round trip through
 * lenient parsers (services reject them on input, so they only appear through bugs).
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPABLE, (c) => ENTITIES[c] ?? `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Element name a structure member is written under: a flattened list uses its member's name for each item. */
export function memberWireName(name: string, member: Member): string {
  if (member.type === "list" && member.flattened && member.memberName) return member.memberName;
  if (member.type === "map" && member.flattened && member.entryName) return member.entryName;
  return member.locationName ?? name;
}

/** Writes the members of `value` that `shape` knows, in shape order; unknown keys are not part of the wire. */
export function encodeStructureMembers(shape: StructureShape, value: Record<string, unknown>): string {
  let xml = "";
  for (const name in shape.members) {
    const item = value[name];
    if (item === undefined || item === null) continue;
    const member = shape.members[name];
    const tag = memberWireName(name, member);
    if (member.type === "list" && member.flattened) {
      if (!Array.isArray(item)) continue;
      for (const element of item)
        xml += element === null ? "" : `<${tag}>${encodeValue(member.member, element)}</${tag}>`;
    } else if (member.type === "map" && member.flattened) {
      xml += encodeMapEntries(member, item, tag);
    } else {
      const inner = encodeValue(member, item);
      xml += inner === "" ? `<${tag}/>` : `<${tag}>${inner}</${tag}>`;
    }
  }
  return xml;
}

function encodeValue(shape: Shape, value: unknown): string {
  switch (shape.type) {
    case "structure":
      return typeof value === "object" && value !== null
        ? encodeStructureMembers(shape, value as Record<string, unknown>)
        : "";
    case "list":
      return encodeWrappedList(shape, value);
    case "map":
      return encodeMapEntries(shape, value, shape.entryName ?? "entry");
    case "timestamp":
      return encodeTimestamp(value);
    case "blob":
      return Buffer.isBuffer(value) ? value.toString("base64") : escapeXml(String(value));
    default:
      return typeof value === "string" ? escapeXml(value) : escapeXml(String(value));
  }
}

function encodeWrappedList(shape: ListShape, value: unknown): string {
  if (!Array.isArray(value)) return "";
  const tag = shape.memberName ?? "member";
  let xml = "";
  for (const element of value)
    if (element !== null) xml += `<${tag}>${encodeValue(shape.member, element)}</${tag}>`;
  return xml;
}

function encodeMapEntries(shape: MapShape, value: unknown, entryTag: string): string {
  if (typeof value !== "object" || value === null) return "";
  const keyTag = shape.keyName ?? "key";
  const valueTag = shape.valueName ?? "value";
  let xml = "";
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (entry === undefined || entry === null) continue;
    xml += `<${entryTag}><${keyTag}>${escapeXml(key)}</${keyTag}><${valueTag}>${encodeValue(shape.value, entry)}</${valueTag}></${entryTag}>`;
  }
  return xml;
}

/** The JSON protocols carry timestamps as epoch seconds; XML clients expect ISO 8601. */
function encodeTimestamp(value: unknown): string {
  if (typeof value === "number") return new Date(value * 1000).toISOString();
  if (value instanceof Date) return value.toISOString();
  return escapeXml(String(value));
}
