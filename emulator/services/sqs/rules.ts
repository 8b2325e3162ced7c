import type { AwsError } from "../../core/errors.js";
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

/** Required by the model, but the action answers their absence in AWS's own words (a message body, an attribute type, AddPermission's lists). */
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

/** TagQueue's Tags or UntagQueue's TagKeys given empty, which AWS answers as if they were absent. */
export function tagsMissing(parameter: "Tags" | "TagKeys"): AwsError {
  return SqsErrors.missingParameter(`The request must contain the parameter ${parameter}.`);
}

const MAX_TAGS = 50;
const MAX_TAG_KEY = 128;
const MAX_TAG_VALUE = 256;

/**
 * Tag limits as the SQS developer guide states them: at most 50 tags per queue, keys 1–128 and values 0–256
 * characters, and no keys in the reserved `aws:` prefix. `queueName` names the queue in the count message.
 */
export function checkTags(
  tags: Record<string, string>,
  queueName: string,
  existing: Record<string, string> = {},
): void {
  const total = new Set([...Object.keys(existing), ...Object.keys(tags)]).size;
  if (total > MAX_TAGS) throw SqsErrors.invalidParameterValue(`Too many tags added for queue ${queueName}.`);
  for (const [key, value] of Object.entries(tags)) {
    // Lengths count characters (code points), not UTF-16 units.
    if (key.length === 0 || [...key].length > MAX_TAG_KEY)
      throw SqsErrors.invalidParameterValue(
        `Tag keys must be between 1 and ${MAX_TAG_KEY} characters in length.`,
      );
    if (key.toLowerCase().startsWith("aws:"))
      throw SqsErrors.invalidParameterValue(
        `Tag key ${key} is invalid: the aws: prefix is reserved for use by AWS.`,
      );
    if ([...value].length > MAX_TAG_VALUE)
      throw SqsErrors.invalidParameterValue(
        `Tag values must be between 0 and ${MAX_TAG_VALUE} characters in length.`,
      );
  }
}
