import type { RequestContext } from "../../core/service.js";
import { authorizeCall } from "./access.js";
import { SqsErrors, nonExistentQueue } from "./errors.js";
import type { SqsModel } from "./model.js";
import type { Queue } from "./queue.js";

/** A queue's URL as the client reached us: `<baseUrl>/<account>/<name>`. */
export function queueUrl(ctx: RequestContext, queue: Queue): string {
  return `${ctx.baseUrl}/${queue.record.accountId}/${queue.record.name}`;
}

/**
 * The queue a request addresses, once its policy lets the caller perform `action` (the API action's name) on
 * it: its QueueUrl, or for query calls posted to the queue URL, the request path. Only the path's last two
 * segments count, so any host (localhost, 127.0.0.1, a container name) works. A URL that names no queue, or a
 * queue that does not exist, is NonExistentQueue, as on AWS.
 */
export function queueFromRequest(
  model: SqsModel,
  queueUrlValue: unknown,
  ctx: RequestContext,
  action: string,
): Queue {
  const given = typeof queueUrlValue === "string";
  const source = given && queueUrlValue !== "" ? queueUrlValue : ctx.path;
  const segments = pathOf(source)
    .split("/")
    .filter((s) => s !== "");
  if (segments.length === 0) {
    if (given) throw nonExistentQueue();
    throw SqsErrors.missingParameter("The request must contain the parameter QueueUrl.");
  }
  const queue =
    segments.length === 1
      ? model.getQueue(ctx, decodeSegment(segments[0]))
      : model.getQueue(
          { accountId: decodeSegment(segments.at(-2) ?? ""), region: ctx.region },
          decodeSegment(segments.at(-1) ?? ""),
        );
  authorizeCall(queue, action, ctx, model.clock.now());
  return queue;
}

/**
 * For the actions that name a queue by ARN (message move tasks): authorizes `action` on that queue when it
 * exists; a missing queue is left for the action to report in its own words.
 */
export function authorizeQueueArn(
  model: SqsModel,
  arn: string | undefined,
  ctx: RequestContext,
  action: string,
): void {
  const queue = arn === undefined ? undefined : model.findQueueByArn(arn);
  if (queue) authorizeCall(queue, action, ctx, model.clock.now());
}

/** A percent-encoded path segment; a malformed escape cannot name a queue. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw nonExistentQueue();
  }
}

function pathOf(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      return new URL(value).pathname;
    } catch {
      throw nonExistentQueue();
    }
  }
  return value;
}
