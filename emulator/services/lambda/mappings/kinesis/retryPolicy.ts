import type { KinesisPollerOptions } from "./settings.js";
import type { DiscardCondition } from "./failureRecord.js";
import { after, type WorkItem } from "./workItem.js";

/** What a slot does next with records whose invocation failed. */
export type FailureStep =
  /** Bisect: the halves are sent one after the other, the first first. */
  | { readonly kind: "split"; readonly first: WorkItem; readonly second: WorkItem }
  | { readonly kind: "retry"; readonly item: WorkItem }
  | { readonly kind: "discard"; readonly item: WorkItem; readonly condition: DiscardCondition };

/**
 * After a failed invocation of `item` (already counted in its `invokes`). AWS: with BisectBatchOnFunctionError
 * a failing batch is split in two and each half retried separately, and "splitting a batch does not count
 * towards the retry quota": halves inherit the batch's retry count unchanged, so a single poison record is
 * isolated first and only then retried MaximumRetryAttempts times. A batch of one record (or without bisect)
 * counts a retry; past MaximumRetryAttempts (-1: no limit) it is discarded.
 */
export function afterFailure(item: WorkItem, options: KinesisPollerOptions): FailureStep {
  if (options.bisectOnError && item.records.length > 1) {
    const middle = Math.ceil(item.records.length / 2);
    const firstRecords = item.records.slice(0, middle);
    return {
      kind: "split",
      first: { ...item, records: firstRecords, through: after(firstRecords[firstRecords.length - 1]) },
      second: { ...item, records: item.records.slice(middle) },
    };
  }
  return countRetry(item, options);
}

/**
 * After a ReportBatchItemFailures response naming failed records: those before the lowest failed one are done;
 * it and the rest are retried as one batch (AWS bisects at the returned sequence number instead of halving),
 * and that retry counts against MaximumRetryAttempts.
 */
export function afterPartialFailure(
  item: WorkItem,
  firstFailed: number,
  options: KinesisPollerOptions,
): FailureStep {
  return countRetry({ ...item, records: item.records.slice(firstFailed) }, options);
}

function countRetry(item: WorkItem, options: KinesisPollerOptions): FailureStep {
  const retried = { ...item, retries: item.retries + 1 };
  if (options.maximumRetryAttempts !== -1 && retried.retries > options.maximumRetryAttempts) {
    return { kind: "discard", item, condition: "RetryAttemptsExhausted" };
  }
  return { kind: "retry", item: retried };
}

/**
 * How many of the item's first records are older than MaximumRecordAgeInSeconds at `now`: Lambda discards
 * those (condition RecordAgeExceeded) instead of sending them. Records arrive in order, so they lead the batch.
 */
export function expiredCount(item: WorkItem, options: KinesisPollerOptions, now: number): number {
  if (options.maximumRecordAgeMs === -1) return 0;
  const oldestAllowed = now - options.maximumRecordAgeMs;
  const index = item.records.findIndex((record) => record.approximateArrivalTimestamp >= oldestAllowed);
  return index === -1 ? item.records.length : index;
}
