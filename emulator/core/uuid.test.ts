import { describe, expect, it } from "vitest";
import { uuid } from "./uuid.js";

const VERSION_4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("uuid", () => {
  it("makes version 4 UUIDs in lower case, none repeated, across several refills of its random pool", () => {
    const ids = Array.from({ length: 2_000 }, () => uuid());
    expect(ids.filter((id) => !VERSION_4.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("draws every hex digit in each random position (the bytes are not reused or truncated)", () => {
    const ids = Array.from({ length: 2_000 }, () => uuid());
    // Position 0 is random; position 14 is the version and always 4; position 19 is the variant, 8 to b.
    expect(new Set(ids.map((id) => id[0])).size).toBe(16);
    expect(new Set(ids.map((id) => id[14]))).toEqual(new Set(["4"]));
    expect(new Set(ids.map((id) => id[19]))).toEqual(new Set(["8", "9", "a", "b"]));
  });
});
