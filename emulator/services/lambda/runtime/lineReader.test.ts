import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines } from "./lineReader.js";

async function linesOf(...chunks: string[]): Promise<string[]> {
  const stream = new PassThrough();
  const lines: string[] = [];
  readLines(stream, (line) => lines.push(line));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  await ended;
  return lines;
}

describe("a worker's output as lines", () => {
  it("joins lines split across chunks and keeps empty lines", async () => {
    expect(await linesOf("one\ntw", "o\n\nthree\n")).toEqual(["one", "two", "", "three"]);
  });

  it("ends with the last line even without a newline", async () => {
    expect(await linesOf("a\nb")).toEqual(["a", "b"]);
  });

  it("cuts output without newlines every 256 K characters", async () => {
    const lines = await linesOf("x".repeat(262_144 * 2 + 10));
    expect(lines.map((line) => line.length)).toEqual([262_144, 262_144, 10]);
  });
});
