import { invalidParameter } from "./errors.js";

export interface RetryPolicy {
  minDelayTarget: number;
  maxDelayTarget: number;
  numRetries: number;
  numNoDelayRetries: number;
  numMinDelayRetries: number;
  numMaxDelayRetries: number;
  backoffFunction: "linear" | "arithmetic" | "geometric" | "exponential";
}

/** The http/https policy SNS applies when a topic sets none (the topic's EffectiveDeliveryPolicy). */
export const DEFAULT_HTTP_RETRY: RetryPolicy = {
  minDelayTarget: 20,
  maxDelayTarget: 20,
  numRetries: 3,
  numNoDelayRetries: 0,
  numMinDelayRetries: 0,
  numMaxDelayRetries: 0,
  backoffFunction: "linear",
};

const BACKOFFS = new Set(["linear", "arithmetic", "geometric", "exponential"]);

function defaultTopicDeliveryPolicy(): Record<string, unknown> {
  return {
    http: {
      defaultHealthyRetryPolicy: { ...DEFAULT_HTTP_RETRY },
      disableSubscriptionOverrides: false,
      defaultRequestPolicy: { headerContentType: "text/plain; charset=UTF-8" },
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? merge(current, value) : value;
  }
  return out;
}

/** Parses a DeliveryPolicy attribute; a bad one is InvalidParameter naming the attribute. */
export function parseDeliveryPolicy(value: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalidParameter("DeliveryPolicy: failed to parse JSON.");
  }
  if (!isObject(parsed)) throw invalidParameter("DeliveryPolicy: must be a JSON object.");
  const retry = findRetryPolicy(parsed);
  if (retry !== undefined) checkRetryPolicy(retry);
  return parsed;
}

function findRetryPolicy(policy: Record<string, unknown>): Record<string, unknown> | undefined {
  const http = isObject(policy.http) ? policy.http : policy;
  const retry = http.defaultHealthyRetryPolicy ?? http.healthyRetryPolicy;
  return isObject(retry) ? retry : undefined;
}

function checkRetryPolicy(retry: Record<string, unknown>): void {
  for (const name of ["minDelayTarget", "maxDelayTarget", "numRetries"] as const) {
    const value = retry[name];
    if (value !== undefined && (typeof value !== "number" || !Number.isInteger(value) || value < 0)) {
      throw invalidParameter(`DeliveryPolicy: ${name} must be a non-negative integer.`);
    }
  }
  if (typeof retry.numRetries === "number" && retry.numRetries > 100) {
    throw invalidParameter("DeliveryPolicy: numRetries must be at most 100.");
  }
  const min = typeof retry.minDelayTarget === "number" ? retry.minDelayTarget : undefined;
  const max = typeof retry.maxDelayTarget === "number" ? retry.maxDelayTarget : undefined;
  if (min !== undefined && max !== undefined && min > max) {
    throw invalidParameter("DeliveryPolicy: minDelayTarget must be less than or equal to maxDelayTarget.");
  }
  if (
    retry.backoffFunction !== undefined &&
    (typeof retry.backoffFunction !== "string" || !BACKOFFS.has(retry.backoffFunction))
  ) {
    throw invalidParameter(
      "DeliveryPolicy: backoffFunction must be one of linear, arithmetic, geometric, exponential.",
    );
  }
}

/** The topic's EffectiveDeliveryPolicy: its DeliveryPolicy over SNS's defaults. */
export function effectiveTopicDeliveryPolicy(deliveryPolicy: string | undefined): string {
  const base = defaultTopicDeliveryPolicy();
  return JSON.stringify(
    deliveryPolicy === undefined ? base : merge(base, parseDeliveryPolicy(deliveryPolicy)),
  );
}

/**
 * The retry policy an http/https delivery follows: the subscription's healthyRetryPolicy unless the topic
 * disables overrides, else the topic's defaultHealthyRetryPolicy, else SNS's default.
 */
export function retryPolicyFor(
  topicPolicy: string | undefined,
  subscriptionPolicy: string | undefined,
): RetryPolicy {
  const topic = topicPolicy === undefined ? undefined : parseDeliveryPolicy(topicPolicy);
  const topicHttp = topic !== undefined && isObject(topic.http) ? topic.http : {};
  const overridesDisabled = topicHttp.disableSubscriptionOverrides === true;
  const subscription =
    subscriptionPolicy === undefined || overridesDisabled
      ? undefined
      : parseDeliveryPolicy(subscriptionPolicy);
  const chosen =
    (subscription !== undefined ? findRetryPolicy(subscription) : undefined) ??
    (isObject(topicHttp.defaultHealthyRetryPolicy) ? topicHttp.defaultHealthyRetryPolicy : undefined);
  return { ...DEFAULT_HTTP_RETRY, ...(chosen as Partial<RetryPolicy> | undefined) };
}

/**
 * Seconds to wait before retry number `retry` (1-based), through SNS's four phases: immediate retries, retries
 * at the minimum delay, the backoff phase from minimum to maximum, then retries at the maximum. Undefined
 * once the policy's retries are spent.
 */
export function retryDelaySeconds(policy: RetryPolicy, retry: number): number | undefined {
  if (retry > policy.numRetries) return undefined;
  let step = retry;
  if (step <= policy.numNoDelayRetries) return 0;
  step -= policy.numNoDelayRetries;
  if (step <= policy.numMinDelayRetries) return policy.minDelayTarget;
  step -= policy.numMinDelayRetries;
  const backoffRetries =
    policy.numRetries - policy.numNoDelayRetries - policy.numMinDelayRetries - policy.numMaxDelayRetries;
  if (step > backoffRetries) return policy.maxDelayTarget;
  const min = policy.minDelayTarget;
  const max = policy.maxDelayTarget;
  const progress = backoffRetries <= 1 ? 1 : (step - 1) / (backoffRetries - 1);
  switch (policy.backoffFunction) {
    case "arithmetic":
      return Math.round(min + (max - min) * progress * progress);
    case "geometric":
    case "exponential":
      return Math.round(min <= 0 ? max * progress : min * Math.pow(max / min, progress));
    default:
      return Math.round(min + (max - min) * progress);
  }
}
