import type { FilterLookup, FilterValue } from "./compile.js";

/**
 * Keys as paths into a JSON document: arrays (of objects on the way, of values at the end) match per element.
 * A root that is no JSON object has no keys.
 */
export function jsonLookup(root: unknown): FilterLookup {
  return (path) => {
    if (!isPlainObject(root)) return undefined;
    let level: unknown[] = [root];
    for (const key of path) {
      const next: unknown[] = [];
      for (const item of level) {
        if (!isPlainObject(item)) continue;
        const value = item[key];
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

/** A JSON text as a lookup, parsed on the first key asked for (a pattern may decide without reading it). */
export function lazyJsonLookup(text: string): FilterLookup {
  let lookup: FilterLookup | undefined;
  return (path) => {
    lookup ??= jsonLookup(parseJson(text));
    return lookup(path);
  };
}

export function isScalar(value: unknown): value is FilterValue {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The parsed value, or undefined when `text` is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
