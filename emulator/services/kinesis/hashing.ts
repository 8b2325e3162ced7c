import { hash } from "node:crypto";

/** The top of Kinesis's hash key space: hash keys are unsigned 128-bit integers. */
export const MAX_HASH_KEY = (1n << 128n) - 1n;

/** Hex digits of a 128-bit hash key: equal-length lowercase hex strings sort as the numbers they spell. */
const HASH_KEY_HEX_DIGITS = 32;

/**
 * A partition key's hash key: MD5 of its UTF-8 bytes read as an unsigned big-endian 128-bit integer, as 32
 * lowercase hex digits. One-shot `hash`, once per record written: measured at half the CPU of a `createHash`
 * object per key; hex strings route without parsing each record's digest into a BigInt.
 */
export function partitionKeyHashHex(partitionKey: string): string {
  return hash("md5", partitionKey, "hex");
}

/** A hash key as 32 lowercase hex digits, comparable with `partitionKeyHashHex`'s as strings. */
export function hashKeyHex(hashKey: bigint): string {
  return hashKey.toString(16).padStart(HASH_KEY_HEX_DIGITS, "0");
}

export interface HashRange {
  readonly start: bigint;
  readonly end: bigint;
}

/**
 * `count` ranges splitting `[start, end]` evenly, as CreateStream and UpdateShardCount lay them out: range i
 * starts at i·floor(size/count) and ends one below the next start; the last ends at `end`.
 */
export function evenRanges(count: number, start = 0n, end = MAX_HASH_KEY): HashRange[] {
  const step = (end - start + 1n) / BigInt(count);
  const ranges: HashRange[] = [];
  for (let i = 0; i < count; i++) {
    const from = start + BigInt(i) * step;
    const to = i === count - 1 ? end : from + step - 1n;
    ranges.push({ start: from, end: to });
  }
  return ranges;
}
