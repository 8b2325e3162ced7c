import { randomUUID } from "node:crypto";
import type { Clock, Timer } from "../../core/clock.js";
import { retryDelaySeconds, type RetryPolicy } from "./deliveryPolicy.js";

/** One POST to an http/https subscriber, with what is needed to retry it. */
export interface HttpJob {
  readonly id: string;
  readonly topicArn: string;
  readonly subscriptionArn: string;
  readonly endpoint: string;
  readonly messageType: "Notification" | "SubscriptionConfirmation";
  readonly messageId: string;
  readonly body: string;
  readonly raw: boolean;
  /** Attempts made so far. */
  attempts: number;
}

export interface HttpSenderHooks {
  readonly clock: Clock;
  readonly log: (line: string) => void;
  /** The retry policy the job's subscription follows now (undefined: the subscription is gone). */
  retryPolicy(job: HttpJob): RetryPolicy | undefined;
  /** A notification whose retries are spent (dead-lettered by the caller); not called for confirmations. */
  giveUp(job: HttpJob, reason: string): void;
  /** Keeps pending jobs across restarts; `done` removes one. */
  saved(job: HttpJob): void;
  done(job: HttpJob): void;
}

/** How long one POST may take before it counts as failed, as SNS's delivery timeout. */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Delivers to http/https endpoints as SNS does: a POST with the `x-amz-sns-*` headers, any 2xx is success,
 * anything else (or no answer) is retried per the delivery policy, scheduled on the core's clock.
 */
export class HttpSender {
  private readonly timers = new Map<string, Timer>();
  private closed = false;

  constructor(private readonly hooks: HttpSenderHooks) {}

  send(job: Omit<HttpJob, "id" | "attempts">): void {
    const full: HttpJob = { ...job, id: randomUUID(), attempts: 0 };
    this.hooks.saved(full);
    this.schedule(full, 0);
  }

  /** Re-schedules a job loaded from the data dir at start-up. */
  resume(job: HttpJob): void {
    this.schedule(job, 0);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private schedule(job: HttpJob, delayMs: number): void {
    if (this.closed) return;
    this.timers.set(
      job.id,
      this.hooks.clock.after(delayMs, () => {
        this.timers.delete(job.id);
        void this.attempt(job);
      }),
    );
  }

  private async attempt(job: HttpJob): Promise<void> {
    job.attempts++;
    const failure = await post(job);
    if (this.closed) return;
    if (failure === undefined) {
      this.hooks.done(job);
      return;
    }
    const policy = this.hooks.retryPolicy(job);
    const delay = policy === undefined ? undefined : retryDelaySeconds(policy, job.attempts);
    if (delay === undefined) {
      this.hooks.log(
        `sns: giving up on ${job.endpoint} for ${job.subscriptionArn} after ${job.attempts} attempts: ${failure}`,
      );
      this.hooks.done(job);
      if (job.messageType === "Notification" && policy !== undefined) this.hooks.giveUp(job, failure);
      return;
    }
    this.hooks.saved(job);
    this.schedule(job, delay * 1000);
  }
}

/** One POST; undefined on a 2xx answer, else why it failed. */
async function post(job: HttpJob): Promise<string | undefined> {
  const headers: Record<string, string> = {
    "content-type": "text/plain; charset=UTF-8",
    "user-agent": "Amazon Simple Notification Service Agent",
    "x-amz-sns-message-type": job.messageType,
    "x-amz-sns-message-id": job.messageId,
    "x-amz-sns-topic-arn": job.topicArn,
  };
  if (job.messageType === "Notification") headers["x-amz-sns-subscription-arn"] = job.subscriptionArn;
  if (job.raw) headers["x-amz-sns-rawdelivery"] = "true";
  try {
    const response = await fetch(job.endpoint, {
      method: "POST",
      headers,
      body: job.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).message;
  }
}
