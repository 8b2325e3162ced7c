import { invalidParameter } from "./errors.js";

/** SNS's list pages: 100 items each. */
export const PAGE_SIZE = 100;

/**
 * One page of `items` and the token of the next. The token names the first item of the next page, so a list
 * that changes between calls neither repeats nor skips what was already seen before that item.
 */
export function page<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const key = Buffer.from(nextToken, "base64url").toString("utf8");
    start = items.findIndex((item) => keyOf(item) === key);
    if (start === -1 || nextToken === "") throw invalidParameter("NextToken");
  }
  const slice = items.slice(start, start + PAGE_SIZE);
  const next = items[start + PAGE_SIZE];
  return next === undefined
    ? { items: slice }
    : { items: slice, nextToken: Buffer.from(keyOf(next), "utf8").toString("base64url") };
}
