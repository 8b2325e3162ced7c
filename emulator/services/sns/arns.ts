import { arn, parseArn, type Caller } from "../../core/accounts.js";
import { invalidParameter } from "./errors.js";

/** Standard topic names: 1–256 letters, digits, hyphens and underscores; FIFO names add `.fifo`. */
const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
const FIFO_TOPIC_NAME = /^[A-Za-z0-9_-]{1,251}\.fifo$/;

export function topicArnOf(caller: Caller, name: string): string {
  return arn("sns", caller.region, caller.accountId, name);
}

export function checkTopicName(name: string, fifo: boolean): void {
  if (fifo && !FIFO_TOPIC_NAME.test(name)) {
    throw invalidParameter(
      "Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.",
    );
  }
  if (!fifo && !TOPIC_NAME.test(name)) throw invalidParameter("Topic Name");
}

/** The parts of a topic ARN, or InvalidParameter naming `parameter` when it is none. */
export function parseTopicArn(
  value: string,
  parameter = "TopicArn",
): { region: string; accountId: string; name: string } {
  const parsed = parseArn(value);
  if (parsed === undefined) {
    throw invalidParameter(
      `${parameter} Reason: An ARN must have at least 6 elements, not ${value.split(":").length}`,
    );
  }
  if (parsed.service !== "sns" || parsed.resource.includes(":") || parsed.resource === "") {
    throw invalidParameter(parameter);
  }
  return { region: parsed.region, accountId: parsed.accountId, name: parsed.resource };
}

/** The topic ARN a subscription ARN (`<topic arn>:<uuid>`) belongs to, or InvalidParameter. */
export function topicOfSubscriptionArn(value: string): string {
  const parsed = parseArn(value);
  if (parsed === undefined) {
    throw invalidParameter(
      `SubscriptionArn Reason: An ARN must have at least 6 elements, not ${value.split(":").length}`,
    );
  }
  const colon = parsed.resource.indexOf(":");
  if (parsed.service !== "sns" || colon <= 0) throw invalidParameter("SubscriptionArn");
  return value.slice(0, value.length - (parsed.resource.length - colon));
}

/** Whether a resource ARN lives in the caller's account and region (SNS finds nothing elsewhere). */
export function inCallerScope(caller: Caller, parts: { region: string; accountId: string }): boolean {
  return parts.region === caller.region && parts.accountId === caller.accountId;
}
