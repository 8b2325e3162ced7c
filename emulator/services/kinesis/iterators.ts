import { KinesisErrors } from "./errors.js";

/** How long a shard iterator stays usable. */
export const ITERATOR_LIFETIME_MS = 5 * 60 * 1000;

/** What a shard iterator says: where to read next in which shard of which stream, and when it was issued. */
export interface IteratorPosition {
  readonly accountId: string;
  readonly region: string;
  readonly streamName: string;
  readonly streamId: number;
  readonly shardIndex: number;
  /** The next record to return is the first with counter >= this. */
  readonly fromCounter: number;
  /** Epoch ms. */
  readonly issuedAt: number;
}

/**
 * Iterators are opaque to clients; this one is the position in base64 (the emulator keeps no iterator state,
 * so iterators survive restarts and memory does not grow with readers).
 */
export function encodeIterator(position: IteratorPosition): string {
  const { accountId, region, streamName, streamId, shardIndex, fromCounter, issuedAt } = position;
  const text = [1, accountId, region, streamId, shardIndex, fromCounter, issuedAt, streamName].join("|");
  return Buffer.from(text, "utf8").toString("base64");
}

export function decodeIterator(iterator: string, now: number): IteratorPosition {
  const parts = Buffer.from(iterator, "base64").toString("utf8").split("|");
  const numbers = parts.slice(3, 7).map(Number);
  if (parts.length !== 8 || parts[0] !== "1" || !numbers.every(Number.isSafeInteger))
    throw KinesisErrors.invalidArgument("Invalid ShardIterator.");
  const [streamId, shardIndex, fromCounter, issuedAt] = numbers;
  if (now - issuedAt > ITERATOR_LIFETIME_MS)
    throw KinesisErrors.expiredIterator(
      `Iterator expired. The iterator was created at time ${new Date(issuedAt).toUTCString()} while right now it is ${new Date(now).toUTCString()} which is further in the future than the tolerated delay of ${ITERATOR_LIFETIME_MS} milliseconds.`,
    );
  return {
    accountId: parts[1],
    region: parts[2],
    streamName: parts[7],
    streamId,
    shardIndex,
    fromCounter,
    issuedAt,
  };
}
