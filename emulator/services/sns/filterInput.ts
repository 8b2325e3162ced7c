import type { FilterLookup, FilterValue } from "./filterPolicy.js";
import type { MessageAttributes } from "./messageAttributes.js";

/** The attribute scope: String, Number and String.Array attributes (each element); Binary ones are not seen. */
export function attributeLookup(attributes: MessageAttributes | undefined): FilterLookup {
  return (path) => {
    if (path.length !== 1 || attributes === undefined) return undefined;
    const attribute = attributes[path[0]];
    if (attribute === undefined || attribute.StringValue === undefined) return undefined;
    const type = attribute.DataType;
    if (type === "Number" || type.startsWith("Number.")) return [Number(attribute.StringValue)];
    if (type === "String.Array") {
      const elements = parseJson(attribute.StringValue);
      return Array.isArray(elements) ? elements.filter(isScalar) : undefined;
    }
    if (type === "String" || type.startsWith("String.")) return [attribute.StringValue];
    return undefined;
  };
}

/**
 * The body scope: the message parsed once as a JSON object; keys are paths into it, and arrays (of objects
 * on the way, of values at the end) match per element. A body that is no JSON object has no keys.
 */
export function bodyLookup(message: string): FilterLookup {
  let root: unknown;
  let parsed = false;
  return (path) => {
    if (!parsed) {
      root = parseJson(message);
      parsed = true;
    }
    if (typeof root !== "object" || root === null || Array.isArray(root)) return undefined;
    let level: unknown[] = [root];
    for (const key of path) {
      const next: unknown[] = [];
      for (const item of level) {
        if (typeof item !== "object" || item === null || Array.isArray(item)) continue;
        const value = (item as Record<string, unknown>)[key];
        if (value === undefined) continue;
        if (Array.isArray(value)) next.push(...(value as unknown[]));
        else next.push(value);
      }
      if (next.length === 0) return undefined;
      level = next;
    }
    const values = level.filter(isScalar);
    return values.length === 0 ? undefined : values;
  };
}

/** Whether a message body is a JSON object (the body scope filters out anything else). */
export function isJsonObject(message: string): boolean {
  const parsed = parseJson(message);
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
}

function isScalar(value: unknown): value is FilterValue {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
