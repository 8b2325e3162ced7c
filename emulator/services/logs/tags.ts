import { LogsErrors } from "./errors.js";
import type { LogGroupRecord, LogsModel } from "./model.js";

/** A log group holds at most 50 tags. */
const MAX_TAGS = 50;

export function addTags(model: LogsModel, group: LogGroupRecord, tags: Record<string, string>): void {
  const merged = { ...group.tags, ...tags };
  if (Object.keys(merged).length > MAX_TAGS) {
    throw LogsErrors.tooManyTags(`A resource can have no more than ${MAX_TAGS} tags.`);
  }
  group.tags = merged;
  model.updateGroup(group);
}

export function removeTags(model: LogsModel, group: LogGroupRecord, keys: readonly string[]): void {
  const remaining = { ...group.tags };
  for (const key of keys) delete remaining[key];
  group.tags = remaining;
  model.updateGroup(group);
}
