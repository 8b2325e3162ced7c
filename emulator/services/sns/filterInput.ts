import type { FilterLookup } from "../../core/filter-pattern/compile.js";
import { isPlainObject, isScalar, lazyJsonLookup, parseJson } from "../../core/filter-pattern/lookup.js";
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
  return lazyJsonLookup(message);
}

/** Whether a message body is a JSON object (the body scope filters out anything else). */
export function isJsonObject(message: string): boolean {
  return isPlainObject(parseJson(message));
}
