/**
 * How a function's response settles a batch under ReportBatchItemFailures, as AWS documents it: an empty or
 * null response, or one whose `batchItemFailures` is empty or null, is a complete success; a response that is
 * not JSON, or names a failure without an `itemIdentifier` of the batch, fails the whole batch.
 */
export type BatchVerdict =
  | { readonly kind: "all-succeeded" }
  | { readonly kind: "some-failed"; readonly failed: ReadonlySet<string> }
  | { readonly kind: "invalid"; readonly reason: string };

export function batchVerdict(payload: Buffer, batchIds: ReadonlySet<string>): BatchVerdict {
  const text = payload.toString("utf8").trim();
  if (text === "") return { kind: "all-succeeded" };
  let response: unknown;
  try {
    response = JSON.parse(text);
  } catch {
    return { kind: "invalid", reason: "the function's response is not valid JSON" };
  }
  if (typeof response !== "object" || response === null || Array.isArray(response))
    return { kind: "all-succeeded" };
  const failures = (response as Record<string, unknown>).batchItemFailures;
  if (failures === undefined || failures === null) return { kind: "all-succeeded" };
  if (!Array.isArray(failures)) return { kind: "invalid", reason: "batchItemFailures is not a list" };
  const failed = new Set<string>();
  for (const failure of failures as unknown[]) {
    const id =
      typeof failure === "object" && failure !== null
        ? (failure as Record<string, unknown>).itemIdentifier
        : undefined;
    if (typeof id !== "string" || id === "")
      return { kind: "invalid", reason: "a batchItemFailures entry has no itemIdentifier" };
    if (!batchIds.has(id))
      return { kind: "invalid", reason: `itemIdentifier ${id} names no message of the batch` };
    failed.add(id);
  }
  return failed.size === 0 ? { kind: "all-succeeded" } : { kind: "some-failed", failed };
}
