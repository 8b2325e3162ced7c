import { isServerError, isThrottlingError, isTransientError } from "@smithy/core/retry";

/** How a producer backs off between attempts. */
export interface RetryPolicy {
  /** Attempts in all, the first included. @default 8 */
  readonly maxAttempts: number;
  /** The backoff ceiling of the first retry, doubled for each further one. @default 50 */
  readonly baseDelayMs: number;
  /** No backoff ceiling grows past this. @default 5000 */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 5_000 };

/**
 * "Full jitter" (AWS Architecture Blog, *Exponential Backoff and Jitter*): a uniformly random delay below an
 * exponentially growing ceiling, so producers that were throttled together do not retry together.
 * `attempt` is the number of attempts already made (1 after the first failure).
 */
export function backoffDelayMs(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** An error shaped as the SDK's classifiers read it: a name (the AWS error code) and maybe an HTTP status. */
interface ClassifiableError {
  readonly name: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $retryable?: { readonly throttling?: boolean };
}

/**
 * Whether a failed call is worth another attempt: throttling, server faults and transient network errors, as
 * the AWS SDK's own retry strategy classifies them (`@smithy/core/retry`).
 */
export function isRetryableCallError(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("name" in error)) return false;
  const sdkError = error as ClassifiableError;
  return (
    isThrottlingError(sdkError as never) ||
    isTransientError(sdkError as never) ||
    isServerError(sdkError as never)
  );
}

/** Throttling codes of batch entries that the SDK's list of throttling errors does not name. */
const ENTRY_THROTTLING_CODES = new Set(["Throttled", "KMSThrottling", "KMSThrottlingException"]);

/**
 * Whether one failed entry of a batch call (PublishBatch's `Failed`, PutRecords' records with an `ErrorCode`)
 * is worth sending again: throttled entries, and entries that failed on the service's side (`senderFault`
 * false: PublishBatch says so per entry; PutRecords' `InternalFailure`).
 */
export function isRetryableEntryError(code: string, senderFault: boolean): boolean {
  if (ENTRY_THROTTLING_CODES.has(code)) return true;
  if (isThrottlingError({ name: code, $metadata: {} } as never)) return true;
  return !senderFault;
}
