import type { AwsError } from "./errors.js";

const PREFIX = "offset:";

/**
 * One page of `items` (already in the order the service lists them) after the position `nextToken` encodes.
 * Tokens are opaque to clients; they carry the offset, base64-encoded so clients do not take them for numbers.
 * `invalid` is the service's own error for a token it did not hand out.
 */
export function offsetPage<T>(
  items: readonly T[],
  limit: number,
  nextToken: string | undefined,
  invalid: () => AwsError,
): { items: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const text = Buffer.from(nextToken, "base64").toString("utf8");
    const offset = Number(text.slice(PREFIX.length));
    if (!text.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) throw invalid();
    start = offset;
  }
  const end = start + limit;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(`${PREFIX}${end}`).toString("base64") : undefined,
  };
}
