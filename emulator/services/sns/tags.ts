import { invalidParameter, SnsErrors } from "./errors.js";

export interface TagInput {
  readonly Key: string;
  readonly Value: string;
}

/** SNS's limit of tags per topic. */
const MAX_TAGS = 50;

/** The tags a request adds, as a map; a reserved `aws:` key is refused. */
export function tagsOf(list: readonly TagInput[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Key, Value } of list ?? []) {
    if (Key.toLowerCase().startsWith("aws:"))
      throw invalidParameter("Tags Reason: Keys can't start with 'aws:'");
    out[Key] = Value;
  }
  checkTagCount(out);
  return out;
}

export function checkTagCount(tags: Record<string, string>): void {
  if (Object.keys(tags).length > MAX_TAGS) {
    throw SnsErrors.tagLimitExceeded("Could not complete request: tag quota of per resource exceeded");
  }
}

export function tagList(tags: Record<string, string>): TagInput[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
