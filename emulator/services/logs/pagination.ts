import { offsetPage } from "../../core/offset-pages.js";
import { LogsErrors } from "./errors.js";

/** One page of `items` after `nextToken`, with CloudWatch Logs' error for a token it did not hand out. */
export function page<T>(
  items: readonly T[],
  limit: number,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  return offsetPage(items, limit, nextToken, () =>
    LogsErrors.invalidParameter("The specified nextToken is invalid."),
  );
}
