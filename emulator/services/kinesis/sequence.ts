/**
 * Sequence numbers: 56-digit decimal strings, as Kinesis's are. This emulator writes `49`, the shard's index
 * (12 digits) and a counter shared by every stream (42 digits), so a number names its shard and sorts as it
 * was written; equal-length decimal strings compare as the big integers AWS says they are.
 */
const PREFIX = "49";
const SHARD_DIGITS = 12;
const COUNTER_DIGITS = 42;
export const SEQUENCE_DIGITS = PREFIX.length + SHARD_DIGITS + COUNTER_DIGITS;

/**
 * Per-shard strings made once: PutRecords names a shard and a sequence number for every record it writes, and
 * padding them again each time was a measurable part of the call.
 */
const sequencePrefixes: string[] = [];
const shardIds: string[] = [];

export function formatSequence(shardIndex: number, counter: number): string {
  const prefix = (sequencePrefixes[shardIndex] ??=
    `${PREFIX}${String(shardIndex).padStart(SHARD_DIGITS, "0")}`);
  return prefix + String(counter).padStart(COUNTER_DIGITS, "0");
}

export interface ParsedSequence {
  readonly shardIndex: number;
  readonly counter: number;
}

/** The shard and counter a sequence number of ours names; undefined for any other decimal string. */
export function parseSequence(sequence: string): ParsedSequence | undefined {
  if (sequence.length !== SEQUENCE_DIGITS || !sequence.startsWith(PREFIX) || !/^\d+$/.test(sequence))
    return undefined;
  const shardIndex = Number(sequence.slice(PREFIX.length, PREFIX.length + SHARD_DIGITS));
  const counter = Number(sequence.slice(PREFIX.length + SHARD_DIGITS));
  if (!Number.isSafeInteger(counter)) return undefined;
  return { shardIndex, counter };
}

export function shardIdOf(index: number): string {
  return (shardIds[index] ??= `shardId-${String(index).padStart(SHARD_DIGITS, "0")}`);
}

/** The index in `shardId-000000000003`; undefined for any other id. */
export function shardIndexOf(shardId: string): number | undefined {
  const match = /^shardId-(\d{1,12})$/.exec(shardId);
  return match ? Number(match[1]) : undefined;
}
