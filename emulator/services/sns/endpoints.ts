import { parseArn } from "../../core/accounts.js";
import { invalidParameter } from "./errors.js";
import type { Topic } from "./model.js";

const PROTOCOLS = new Set([
  "http",
  "https",
  "email",
  "email-json",
  "sms",
  "sqs",
  "application",
  "lambda",
  "firehose",
]);

/** Protocols SNS confirms at once; the others wait for the endpoint's owner to confirm. */
const CONFIRMED_AT_ONCE = new Set(["sqs", "lambda", "application", "sms", "firehose"]);

export function confirmedAtOnce(protocol: string): boolean {
  return CONFIRMED_AT_ONCE.has(protocol);
}

/** Checks a Subscribe's protocol and endpoint as SNS does. */
export function checkEndpoint(topic: Topic, protocol: string, endpoint: string | undefined): string {
  if (!PROTOCOLS.has(protocol)) {
    throw invalidParameter(`Amazon SNS does not support this protocol string: ${protocol}`);
  }
  const value = endpoint ?? "";
  switch (protocol) {
    case "sqs": {
      const parsed = parseArn(value);
      if (parsed?.service !== "sqs" || parsed.resource === "") throw invalidParameter("SQS endpoint ARN");
      if (parsed.resource.endsWith(".fifo") && !topic.fifo) {
        throw invalidParameter(
          "Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics",
        );
      }
      return value;
    }
    case "lambda":
      if (parseArn(value)?.service !== "lambda") throw invalidParameter("Lambda endpoint ARN");
      return value;
    case "firehose":
      if (parseArn(value)?.service !== "firehose") throw invalidParameter("Firehose endpoint ARN");
      return value;
    case "application":
      if (parseArn(value)?.service !== "sns") throw invalidParameter("Application endpoint ARN");
      return value;
    case "http":
    case "https":
      if (!value.toLowerCase().startsWith(`${protocol}://`) || !URL.canParse(value)) {
        throw invalidParameter("Endpoint must match the specified protocol");
      }
      return value;
    case "email":
    case "email-json":
      if (!/^[^@\s]+@[^@\s]+$/.test(value)) throw invalidParameter("Email address");
      return value;
    default:
      if (value === "") throw invalidParameter("Endpoint");
      return value;
  }
}
