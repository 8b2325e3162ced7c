import type { ServiceHealth } from "./service.js";
import type { Store } from "./store/store.js";

/**
 * A durable service's health as `/_eda/health` reports it: failed once stopped, or while the latest write to
 * the data dir has failed (until a commit succeeds again); ready otherwise.
 */
export function storeHealth(title: string, closed: boolean, store: Store): ServiceHealth {
  if (closed) return { status: "failed", detail: `The ${title} service has stopped.` };
  const failure = store.lastFailure();
  return failure === undefined
    ? { status: "ready" }
    : { status: "failed", detail: `The latest write to the data dir failed: ${failure}` };
}
