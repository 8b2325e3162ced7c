import type { RequestContext } from "../../core/service.js";
import { SqsErrors, nonExistentQueue } from "./errors.js";
import type { SqsModel } from "./model.js";
import type { Queue } from "./queue.js";

/** A queue's URL as the client reached us: `<baseUrl>/<account>/<name>`. */
export function queueUrl(ctx: RequestContext, queue: Queue): string {
  return `${ctx.baseUrl}/${queue.record.accountId}/${queue.record.name}`;
}

/**
 * The queue a request addresses: its QueueUrl, or for query calls posted to the queue URL, the request path.
 * Only the path's last two segments count, so any host (localhost, 127.0.0.1, a container name) works.
 */
export function queueFromRequest(model: SqsModel, queueUrlValue: unknown, ctx: RequestContext): Queue {
  const source = typeof queueUrlValue === "string" && queueUrlValue !== "" ? queueUrlValue : ctx.path;
  const segments = pathOf(source)
    .split("/")
    .filter((s) => s !== "");
  if (segments.length === 0)
    throw SqsErrors.missingParameter("The request must contain the parameter QueueUrl.");
  if (segments.length === 1) return model.getQueue(ctx, decodeURIComponent(segments[0]));
  const [accountId, name] = segments.slice(-2).map((s) => decodeURIComponent(s));
  if (accountId === undefined || name === undefined) throw nonExistentQueue();
  // Queue policies (which may let other accounts in) are not evaluated yet: another account's queue is denied.
  if (accountId !== ctx.accountId) {
    throw SqsErrors.accessDenied(`Access to the resource ${source} is denied.`);
  }
  return model.getQueue({ accountId, region: ctx.region }, name);
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
