import { CloudWatchErrors } from "./errors.js";

/** One page of `items` after the offset `nextToken` encodes (opaque, base64 to clients). */
export function page<T>(
  items: readonly T[],
  limit: number,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const text = Buffer.from(nextToken, "base64").toString("utf8");
    const offset = Number(text.slice("offset:".length));
    if (!text.startsWith("offset:") || !Number.isInteger(offset) || offset < 0) {
      throw CloudWatchErrors.invalidNextToken(
        "The service couldn't process your request because the next token is invalid.",
      );
    }
    start = offset;
  }
  const end = start + limit;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(`offset:${end}`).toString("base64") : undefined,
  };
}
