import { LogsErrors } from "./errors.js";

/**
 * One page of `items` (already in the order AWS lists them) after the position `nextToken` encodes. Tokens are
 * opaque to clients; here they carry the offset, base64-encoded so clients do not mistake them for numbers.
 */
export function page<T>(
  items: readonly T[],
  limit: number,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const decoded = Number(
      Buffer.from(nextToken, "base64")
        .toString("utf8")
        .replace(/^offset:/, ""),
    );
    if (
      !Number.isInteger(decoded) ||
      decoded < 0 ||
      !Buffer.from(nextToken, "base64").toString("utf8").startsWith("offset:")
    ) {
      throw LogsErrors.invalidParameter("The specified nextToken is invalid.");
    }
    start = decoded;
  }
  const end = start + limit;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(`offset:${end}`).toString("base64") : undefined,
  };
}
