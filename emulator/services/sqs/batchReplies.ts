import type { AwsError } from "../../core/errors.js";
import { toBatchEntryError, type BatchEntryError } from "./errors.js";

/** Splits per-entry outcomes (undefined = done) into a batch reply's Successful and Failed lists. */
export function batchReply(
  ids: readonly string[],
  outcomes: readonly (AwsError | undefined)[],
): { Successful: { Id: string }[]; Failed: BatchEntryError[] } {
  const Successful: { Id: string }[] = [];
  const Failed: BatchEntryError[] = [];
  outcomes.forEach((error, i) => {
    if (error) Failed.push(toBatchEntryError(ids[i], error));
    else Successful.push({ Id: ids[i] });
  });
  return { Successful, Failed };
}

/** A single-entry call fails with the entry's error. */
export function throwIfFailed(outcomes: readonly (AwsError | undefined)[]): void {
  const error = outcomes[0];
  if (error) throw error;
}
