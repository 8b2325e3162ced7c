import type { KinesisModel } from "./model.js";
import type { StreamState } from "./streams.js";
import { KinesisErrors } from "./errors.js";

/** A stream holds at most this many tags. */
export const MAX_TAGS = 50;

export function checkTagCount(streamName: string, accountId: string, count: number): void {
  if (count > MAX_TAGS)
    throw KinesisErrors.invalidArgument(
      `Failed to add tags to stream ${streamName} under account ${accountId} because a given stream cannot have more than ${MAX_TAGS} tags associated with it.`,
    );
}

/** Tags as ListTagsForStream and ListTagsForResource list them: sorted by key. */
export function tagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.keys(tags)
    .sort()
    .map((key) => ({ Key: key, Value: tags[key] }));
}

export function addTags(model: KinesisModel, stream: StreamState, tags: Record<string, string>): void {
  const merged = { ...stream.tags, ...tags };
  checkTagCount(stream.name, stream.accountId, Object.keys(merged).length);
  model.update(
    stream,
    () => {
      stream.tags = merged;
    },
    false,
  );
}

export function removeTags(model: KinesisModel, stream: StreamState, keys: readonly string[]): void {
  const remaining = { ...stream.tags };
  for (const key of keys) delete remaining[key];
  model.update(
    stream,
    () => {
      stream.tags = remaining;
    },
    false,
  );
}
