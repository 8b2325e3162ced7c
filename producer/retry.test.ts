import { describe, expect, it } from "vitest";
import { splitIntoBatches } from "./batches.js";
import { backoffDelayMs, isRetryableCallError, isRetryableEntryError } from "./retry.js";

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

describe("backoff", () => {
  it("draws each delay below a ceiling that doubles per attempt", () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelayMs(policy, attempt, () => 0.999))).toEqual([
      99, 199, 399, 799,
    ]);
  });

  it("never lets the ceiling pass maxDelayMs", () => {
    expect(backoffDelayMs(policy, 10, () => 0.999)).toBe(999);
  });

  it("can draw zero, so throttled producers spread over the whole window", () => {
    expect(backoffDelayMs(policy, 3, () => 0)).toBe(0);
  });
});

describe("which failures are retried", () => {
  it("retries a throttled call and a server fault, not a validation error", () => {
    expect(isRetryableCallError({ name: "ThrottlingException", $metadata: { httpStatusCode: 400 } })).toBe(
      true,
    );
    expect(isRetryableCallError({ name: "InternalError", $metadata: { httpStatusCode: 500 } })).toBe(true);
    expect(isRetryableCallError({ name: "InvalidParameter", $metadata: { httpStatusCode: 400 } })).toBe(
      false,
    );
  });

  it("retries throttled batch entries and service-side entry failures, not the sender's mistakes", () => {
    expect(isRetryableEntryError("ProvisionedThroughputExceededException", true)).toBe(true);
    expect(isRetryableEntryError("Throttled", true)).toBe(true);
    expect(isRetryableEntryError("InternalFailure", false)).toBe(true);
    expect(isRetryableEntryError("InvalidParameter", true)).toBe(false);
  });
});

describe("batches", () => {
  it("closes a batch at the entry limit and at the byte limit, keeping order", () => {
    const sizes = [4, 4, 4, 9, 1, 1, 1];
    expect(splitIntoBatches(sizes, { maxEntries: 3, maxBytes: 10 }, (size) => size)).toEqual([
      [4, 4],
      [4],
      [9, 1],
      [1, 1],
    ]);
  });

  it("sends an entry larger than the byte limit alone", () => {
    expect(splitIntoBatches([1, 50, 1], { maxEntries: 10, maxBytes: 10 }, (size) => size)).toEqual([
      [1],
      [50],
      [1],
    ]);
  });
});
