import type { Socket } from "node:net";
import type { Readable } from "node:stream";

/** CloudWatch Logs' largest event is 256 KB. */
const MAX_LINE_CHARACTERS = 262_144;

/**
 * Calls `onLine` with each line `stream` carries (without its newline), the last one too if it has none.
 * Output without newlines is cut every 256 K characters, so it cannot grow the emulator's memory. The stream
 * never keeps the process alive.
 */
export function readLines(stream: Readable | null, onLine: (text: string) => void): void {
  if (stream === null) return;
  (stream as Socket).unref?.();
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    let start = 0;
    for (let newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n", start)) {
      onLine(pending.slice(start, newline));
      start = newline + 1;
    }
    pending = pending.slice(start);
    while (pending.length > MAX_LINE_CHARACTERS) {
      onLine(pending.slice(0, MAX_LINE_CHARACTERS));
      pending = pending.slice(MAX_LINE_CHARACTERS);
    }
  });
  stream.on("end", () => {
    if (pending.length > 0) onLine(pending);
    pending = "";
  });
}
