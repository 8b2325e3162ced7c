import type { PollerKind } from "../poller.js";
import { SqsPoller } from "./poller.js";

/**
 * Lambda's pollers for SQS queues. They keep nothing of their own: the queue holds every message until the
 * poller deletes it, so there is nothing to forget when a mapping is deleted.
 */
export const sqsPollerKind: PollerKind = {
  service: "sqs",
  start: (settings, host) => new SqsPoller(settings, host),
  forget() {},
};
