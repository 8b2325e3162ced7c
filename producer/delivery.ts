import { splitIntoBatches, type BatchLimits } from "./batches.js";
import { backoffDelayMs, isRetryableCallError, type RetryPolicy } from "./retry.js";

/** How one event fared at one destination, after every attempt. */
export type Delivery<Receipt> =
  | ({ readonly ok: true; readonly attempts: number } & Receipt)
  | { readonly ok: false; readonly attempts: number; readonly code: string; readonly message: string };

/** What a batch call said of one entry. */
export type EntryOutcome<Receipt> =
  | { readonly ok: true; readonly receipt: Receipt }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly retryable: boolean };

/** One destination's batch call: outcomes in the order of `entries`. */
export type SendBatch<Entry, Receipt> = (entries: readonly Entry[]) => Promise<EntryOutcome<Receipt>[]>;

export interface DeliveryPlan<Entry, Receipt> {
  readonly limits: BatchLimits;
  readonly sizeOf: (entry: Entry) => number;
  readonly send: SendBatch<Entry, Receipt>;
  readonly retry: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Sends `entries` in batches and sends again, after a jittered backoff, only the entries that failed in a way
 * worth retrying (a whole call throttled or failed on the service's side, or single entries so), until each
 * has an answer or its attempts run out. Results come back in the order of `entries`.
 */
export async function deliver<Entry, Receipt>(
  entries: readonly Entry[],
  plan: DeliveryPlan<Entry, Receipt>,
): Promise<Delivery<Receipt>[]> {
  const results = new Array<Delivery<Receipt> | undefined>(entries.length);
  let pending = entries.map((_, index) => index);
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > 1) await plan.sleep(backoffDelayMs(plan.retry, attempt - 1));
    const batches = splitIntoBatches(pending, plan.limits, (index) => plan.sizeOf(entries[index]));
    const outcomes = await Promise.all(batches.map((batch) => sendOnce(batch, entries, plan)));
    const retry: number[] = [];
    batches.forEach((batch, b) =>
      batch.forEach((index, i) => {
        const outcome = outcomes[b][i];
        if (outcome.ok) results[index] = { ok: true, attempts: attempt, ...outcome.receipt };
        else if (outcome.retryable && attempt < plan.retry.maxAttempts) retry.push(index);
        else results[index] = { ok: false, attempts: attempt, code: outcome.code, message: outcome.message };
      }),
    );
    pending = retry;
  }
  return results.map((result) => result!);
}

/** One batch call; a failed call becomes the same outcome for each of its entries. */
async function sendOnce<Entry, Receipt>(
  batch: readonly number[],
  entries: readonly Entry[],
  plan: DeliveryPlan<Entry, Receipt>,
): Promise<EntryOutcome<Receipt>[]> {
  try {
    return await plan.send(batch.map((index) => entries[index]));
  } catch (error) {
    const failure: EntryOutcome<Receipt> = {
      ok: false,
      code: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
      retryable: isRetryableCallError(error),
    };
    return batch.map(() => failure);
  }
}

/** The reply of a batch call that answers by entry Id (PublishBatch, SendMessageBatch). */
export interface BatchReplyById<Success> {
  readonly Successful?: readonly Success[];
  readonly Failed?: readonly {
    readonly Id?: string;
    readonly Code?: string;
    readonly Message?: string;
    readonly SenderFault?: boolean;
  }[];
}

/**
 * Matches a by-Id batch reply back to entries sent with Ids `0`…`count-1`. An entry the reply leaves out is
 * a failure worth retrying: the service did not say it arrived.
 */
export function outcomesById<Success extends { readonly Id?: string }, Receipt>(
  count: number,
  reply: BatchReplyById<Success>,
  receipt: (success: Success) => Receipt,
  isRetryable: (code: string, senderFault: boolean) => boolean,
): EntryOutcome<Receipt>[] {
  const outcomes = new Map<string, EntryOutcome<Receipt>>();
  for (const ok of reply.Successful ?? []) outcomes.set(ok.Id ?? "", { ok: true, receipt: receipt(ok) });
  for (const failed of reply.Failed ?? [])
    outcomes.set(failed.Id ?? "", {
      ok: false,
      code: failed.Code ?? "Unknown",
      message: failed.Message ?? "",
      retryable: isRetryable(failed.Code ?? "", failed.SenderFault ?? true),
    });
  return Array.from(
    { length: count },
    (_, i) =>
      outcomes.get(String(i)) ?? {
        ok: false,
        code: "MissingFromReply",
        message: "The batch reply named this entry neither successful nor failed.",
        retryable: true,
      },
  );
}
