import type { InputRule, InputRules } from "../../core/input-rules.js";
import { SqsErrors } from "./errors.js";

/**
 * The rules the SQS API reference states in prose beyond the model (whose SQS members carry no ranges or
 * patterns), with AWS's reasons, and the members whose absence an action answers itself.
 */
export const visibilityTimeoutLimit: InputRule = {
  min: 0,
  max: 43_200,
  reason: "Must be >= 0 and <= 43200, if provided",
};
export const delaySecondsLimit: InputRule = {
  min: 0,
  max: 900,
  reason: "DelaySeconds must be >= 0 and <= 900",
};

/** toSendRequest answers these in AWS's words (a message body or attribute type is missing). */
export const checkedWhenSent: InputRule = { required: false };

/** SendMessage's per-message rules, shared with SendMessageBatch entries. */
export const sendMessageRules: InputRules = {
  DelaySeconds: delaySecondsLimit,
  MessageAttributes: { members: { DataType: checkedWhenSent } },
  MessageSystemAttributes: { members: { DataType: checkedWhenSent } },
};

/** A batch's Entries: absent is EmptyBatchRequest, as empty is (checkBatchEntries), and each entry's rules. */
export function batchOf(entryRules: InputRules = {}): InputRule {
  return { required: false, members: entryRules };
}

export const MAX_BATCH_ENTRIES = 10;
const BATCH_ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The whole-request batch rules: not empty, at most ten entries, well-formed and distinct ids. */
export function checkBatchEntries(entries: readonly { Id: string }[] | undefined, entryName: string): void {
  if (!entries || entries.length === 0) {
    throw SqsErrors.emptyBatchRequest(`There should be at least one ${entryName} in the request.`);
  }
  if (entries.length > MAX_BATCH_ENTRIES) {
    throw SqsErrors.tooManyEntriesInBatchRequest(
      `Maximum number of entries per request are ${MAX_BATCH_ENTRIES}. You have sent ${entries.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const { Id } of entries) {
    if (!BATCH_ENTRY_ID.test(Id)) {
      throw SqsErrors.invalidBatchEntryId(
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
      );
    }
    if (seen.has(Id)) throw SqsErrors.batchEntryIdsNotDistinct(`Id ${Id} repeated.`);
    seen.add(Id);
  }
}

const MAX_TAGS = 50;

/** Tag limits: at most 50 per queue, keys 1–128 and values up to 256 characters. */
export function checkTags(tags: Record<string, string>, existing: Record<string, string> = {}): void {
  const total = new Set([...Object.keys(existing), ...Object.keys(tags)]).size;
  if (total > MAX_TAGS)
    throw SqsErrors.invalidParameterValue(
      `Too many tags added for queue. A queue can have at most ${MAX_TAGS} tags.`,
    );
  for (const [key, value] of Object.entries(tags)) {
    if (key.length === 0 || key.length > 128)
      throw SqsErrors.invalidParameterValue(`Tag key '${key}' must be 1 to 128 characters long.`);
    if (value.length > 256)
      throw SqsErrors.invalidParameterValue(
        `Tag value for key '${key}' must be at most 256 characters long.`,
      );
  }
}
