import { describe, expect, it } from "vitest";
import { evenRanges, hashKeyHex, MAX_HASH_KEY, partitionKeyHashHex } from "./hashing.js";
import { formatSequence, parseSequence } from "./sequence.js";

describe("Kinesis hashing", () => {
  it("splits the key space into the ranges AWS documents for three shards", () => {
    expect(evenRanges(3).map((range) => [range.start.toString(), range.end.toString()])).toEqual([
      ["0", "113427455640312821154458202477256070484"],
      ["113427455640312821154458202477256070485", "226854911280625642308916404954512140969"],
      ["226854911280625642308916404954512140970", "340282366920938463463374607431768211455"],
    ]);
  });

  it("hashes a partition key as the big-endian MD5 of its UTF-8 bytes", () => {
    // MD5("a") = 0cc175b9c0f1b6a831c399e269772661
    expect(BigInt(`0x${partitionKeyHashHex("a")}`)).toBe(0x0cc175b9c0f1b6a831c399e269772661n);
    // MD5 of the UTF-8 bytes c3 a9, not of the Latin-1 byte e9.
    expect(BigInt(`0x${partitionKeyHashHex("é")}`)).toBe(0x66ddcd97cfdeabb2f6fb8a999b4bc76fn);
  });

  it("writes hash keys as 32 hex digits that compare as strings in the order of the numbers", () => {
    const keys = [0n, 9n, 10n, 255n, 1n << 64n, MAX_HASH_KEY - 1n, MAX_HASH_KEY];
    const hex = keys.map(hashKeyHex);
    expect(hex.every((digits) => digits.length === 32)).toBe(true);
    expect([...hex].sort()).toEqual(hex);
    expect(hashKeyHex(MAX_HASH_KEY)).toBe("f".repeat(32));
  });

  it("ends the last range at 2^128-1 whatever the count", () => {
    expect(evenRanges(7).at(-1)?.end).toBe(MAX_HASH_KEY);
  });
});

describe("Kinesis sequence numbers", () => {
  it("are 56-digit decimal strings that name their shard and sort as written", () => {
    const first = formatSequence(3, 9);
    const second = formatSequence(3, 10);
    expect(first).toMatch(/^\d{56}$/);
    expect(BigInt(second) > BigInt(first)).toBe(true);
    expect(parseSequence(second)).toEqual({ shardIndex: 3, counter: 10 });
  });
});
