import { offsetPage } from "../../core/offset-pages.js";
import { CloudWatchErrors } from "./errors.js";

/** One page of `items` after `nextToken`, with CloudWatch's error for a token it did not hand out. */
export function page<T>(
  items: readonly T[],
  limit: number,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  return offsetPage(items, limit, nextToken, () =>
    CloudWatchErrors.invalidNextToken(
      "The service couldn't process your request because the next token is invalid.",
    ),
  );
}
