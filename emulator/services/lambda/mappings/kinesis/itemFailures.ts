import type { KinesisStreamRecord } from "../../../../core/interfaces.js";

/** What a function's response under ReportBatchItemFailures says about the batch. */
export type ItemFailuresVerdict =
  | { readonly kind: "all-succeeded" }
  /** Records before `firstFailed` (an index into the batch) succeeded; it and those after are retried. */
  | { readonly kind: "partial"; readonly firstFailed: number }
  | { readonly kind: "all-failed" };

/**
 * AWS's rules (Lambda developer guide, "Configuring partial batch response with Kinesis Data Streams"):
 * the batch succeeded when the response is empty or null, has no `batchItemFailures`, or an empty or null list.
 * It failed as a whole when the response is not valid JSON, or an entry's `itemIdentifier` is missing, null,
 * empty, not a string, or not the sequence number of a record in the batch. Otherwise Lambda checkpoints
 * before the LOWEST failed sequence number and retries from there.
 */
export function judgeItemFailures(
  payload: Buffer,
  records: readonly KinesisStreamRecord[],
): ItemFailuresVerdict {
  const text = payload.toString("utf8").trim();
  if (text === "") return { kind: "all-succeeded" };
  let response: unknown;
  try {
    response = JSON.parse(text) as unknown;
  } catch {
    return { kind: "all-failed" };
  }
  if (response === null || typeof response !== "object" || Array.isArray(response)) {
    return { kind: "all-succeeded" };
  }
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return { kind: "all-succeeded" };
  if (!Array.isArray(failures)) return { kind: "all-failed" };
  if (failures.length === 0) return { kind: "all-succeeded" };
  const indexes = new Map(records.map((record, index) => [record.sequenceNumber, index]));
  let firstFailed = Number.POSITIVE_INFINITY;
  for (const failure of failures as unknown[]) {
    const identifier =
      failure !== null && typeof failure === "object"
        ? (failure as { itemIdentifier?: unknown }).itemIdentifier
        : undefined;
    const index = typeof identifier === "string" ? indexes.get(identifier) : undefined;
    if (index === undefined) return { kind: "all-failed" };
    firstFailed = Math.min(firstFailed, index);
  }
  return { kind: "partial", firstFailed };
}
