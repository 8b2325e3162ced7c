import type { InputRule } from "../../core/input-rules.js";
import { SqsErrors } from "./errors.js";

/**
 * ListQueues-style paging: without MaxResults, the first 1000 and no token; with it, a page and a NextToken
 * naming where the next page starts. Tokens are opaque to clients.
 */
export function paginate<T>(
  items: readonly T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
): { page: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const decoded = Number(Buffer.from(nextToken, "base64").toString("utf8"));
    if (!Number.isInteger(decoded) || decoded < 0)
      throw SqsErrors.invalidParameterValue("Invalid NextToken value.");
    start = decoded;
  }
  if (maxResults === undefined) return { page: items.slice(start, start + 1000) };
  const end = start + maxResults;
  const page = items.slice(start, end);
  return end < items.length
    ? { page, nextToken: Buffer.from(String(end), "utf8").toString("base64") }
    : { page };
}

export const maxResultsRule: InputRule = {
  min: 1,
  max: 1000,
  reason: "MaxResults must be an integer between 1 and 1000",
};
