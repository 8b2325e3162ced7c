import { describe, expect, it } from "vitest";
import { AwsError } from "../../core/errors.js";
import {
  DEFAULT_HTTP_RETRY,
  parseDeliveryPolicy,
  retryDelaySeconds,
  retryPolicyFor,
} from "./deliveryPolicy.js";

describe("http retry delays", () => {
  it("the default policy retries three times, 20 seconds apart, then stops", () => {
    expect([1, 2, 3, 4].map((retry) => retryDelaySeconds(DEFAULT_HTTP_RETRY, retry))).toEqual([
      20,
      20,
      20,
      undefined,
    ]);
  });

  it("the phases run immediate, minimum-delay, backoff, then maximum-delay retries", () => {
    const policy = {
      ...DEFAULT_HTTP_RETRY,
      numRetries: 8,
      numNoDelayRetries: 1,
      numMinDelayRetries: 1,
      numMaxDelayRetries: 2,
      minDelayTarget: 10,
      maxDelayTarget: 40,
    };
    expect(Array.from({ length: 8 }, (_, i) => retryDelaySeconds(policy, i + 1))).toEqual([
      0, 10, 10, 20, 30, 40, 40, 40,
    ]);
  });

  it("exponential backoff grows by a constant factor", () => {
    const policy = {
      ...DEFAULT_HTTP_RETRY,
      numRetries: 3,
      minDelayTarget: 1,
      maxDelayTarget: 100,
      backoffFunction: "exponential" as const,
    };
    expect([1, 2, 3].map((retry) => retryDelaySeconds(policy, retry))).toEqual([1, 10, 100]);
  });
});

describe("delivery policies", () => {
  it("a subscription's healthyRetryPolicy wins over the topic's default", () => {
    const topic = JSON.stringify({ http: { defaultHealthyRetryPolicy: { numRetries: 5 } } });
    const subscription = JSON.stringify({ healthyRetryPolicy: { numRetries: 1 } });
    expect(retryPolicyFor(topic, subscription).numRetries).toBe(1);
    expect(retryPolicyFor(topic, undefined).numRetries).toBe(5);
  });

  it("a topic that disables subscription overrides keeps its own policy", () => {
    const topic = JSON.stringify({
      http: { defaultHealthyRetryPolicy: { numRetries: 5 }, disableSubscriptionOverrides: true },
    });
    expect(retryPolicyFor(topic, JSON.stringify({ healthyRetryPolicy: { numRetries: 1 } })).numRetries).toBe(
      5,
    );
  });

  it("a minimum delay above the maximum is InvalidParameter", () => {
    const bad = JSON.stringify({ healthyRetryPolicy: { minDelayTarget: 30, maxDelayTarget: 10 } });
    expect(() => parseDeliveryPolicy(bad)).toThrow(AwsError);
    expect(() => parseDeliveryPolicy(bad)).toThrow(
      "Invalid parameter: DeliveryPolicy: minDelayTarget must be less than or equal to maxDelayTarget.",
    );
  });
});
