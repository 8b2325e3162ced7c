import type { StreamMessage } from "../../core/service.js";
import { KinesisErrors } from "./errors.js";
import type { KinesisModel } from "./model.js";
import { formatSequence } from "./sequence.js";
import type { ShardState, StreamState } from "./streams.js";
import { childShardView, recordView, shardOf } from "./views.js";

/** A subscription ends after five minutes; the consumer subscribes again from its continuation number. */
export const SUBSCRIPTION_LIFETIME_MS = 5 * 60 * 1000;
/** How often an idle subscription looks for new records. */
const POLL_MS = 200;
/** An idle subscription still sends an (empty) event this often, so the consumer sees it is alive. */
const HEARTBEAT_MS = 5000;
/** Bytes of records one event carries at most. */
const EVENT_BYTES = 1024 * 1024;

export interface SubscriptionStart {
  readonly stream: StreamState;
  readonly shard: ShardState;
  readonly fromCounter: number;
  /** Released when the subscription ends, so the consumer may subscribe to the shard again. */
  readonly key: string;
}

/**
 * SubscribeToShard's events: records as they arrive, each event with the continuation sequence number to
 * resume after; a closed shard's last event carries its ChildShards and ends the stream.
 */
export async function* subscriptionEvents(
  model: KinesisModel,
  start: SubscriptionStart,
  signal: AbortSignal,
): AsyncGenerator<StreamMessage> {
  const { shard } = start;
  const endAt = model.now() + SUBSCRIPTION_LIFETIME_MS;
  let next = start.fromCounter;
  let lastEventAt = Number.NEGATIVE_INFINITY;
  try {
    while (!signal.aborted && model.now() < endAt) {
      const stream = model.current(start.stream);
      if (stream === undefined || shardOf(stream, shard.index) === undefined) {
        yield {
          kind: "error",
          error: KinesisErrors.resourceNotFound(`Stream ${start.stream.name} was deleted.`),
        };
        return;
      }
      const now = model.now();
      const records = model.records.read(
        stream.id,
        shard.index,
        next,
        model.trimHorizon(stream),
        10_000,
        EVENT_BYTES,
      );
      if (records.length > 0) next = records[records.length - 1].counter + 1;
      const more = model.records.hasFrom(stream.id, shard.index, next);
      const exhausted = shard.endingCounter !== undefined && !more;
      if (records.length > 0 || exhausted || now - lastEventAt >= HEARTBEAT_MS) {
        lastEventAt = now;
        const payload: Record<string, unknown> = {
          Records: records.map((record) => recordView(stream, shard.index, record)),
          ContinuationSequenceNumber: formatSequence(shard.index, next - 1),
          MillisBehindLatest:
            more && records.length > 0 ? Math.max(0, now - records[records.length - 1].arrival) : 0,
        };
        if (exhausted) {
          payload.ChildShards = (shard.children ?? [])
            .map((index) => shardOf(stream, index))
            .filter((child) => child !== undefined)
            .map(childShardView);
        }
        yield { kind: "event", type: "SubscribeToShardEvent", payload };
        if (exhausted) return;
      }
      if (!more) await sleep(model, POLL_MS, signal);
    }
  } finally {
    model.subscriptions.delete(start.key);
  }
}

function sleep(model: KinesisModel, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = model.clock.after(ms, done);
    signal.addEventListener("abort", done, { once: true });
    function done(): void {
      timer.cancel();
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
