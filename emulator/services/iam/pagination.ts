import { IamErrors } from "./errors.js";

const DEFAULT_MAX_ITEMS = 100;

export interface PageInput {
  readonly Marker?: string;
  readonly MaxItems?: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly IsTruncated: boolean;
  readonly Marker?: string;
}

/** IAM's Marker/MaxItems paging over a sorted list; the marker is the position of the next item. */
export function page<T>(items: readonly T[], input: PageInput): Page<T> {
  let start = 0;
  if (input.Marker !== undefined) {
    start = Number(Buffer.from(input.Marker, "base64url").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) {
      throw IamErrors.validation(
        `Marker ${input.Marker} was not returned by this API: pass the Marker of the previous page.`,
      );
    }
  }
  const end = start + (input.MaxItems ?? DEFAULT_MAX_ITEMS);
  const truncated = end < items.length;
  return {
    items: items.slice(start, end),
    IsTruncated: truncated,
    Marker: truncated ? Buffer.from(String(end)).toString("base64url") : undefined,
  };
}
