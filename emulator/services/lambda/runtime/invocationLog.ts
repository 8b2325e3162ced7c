import type { FunctionLogLine } from "../execution.js";

/** Lines are sent on in batches of at most this many, so a function that logs in a loop holds little memory. */
const MAX_BATCH_LINES = 1_000;
/** `LogType: Tail` returns the last 4 KB of an invocation's log. */
const TAIL_BYTES = 4_096;

/**
 * The log of one invocation, START to REPORT: lines go on to `send` in batches as they come, and the last 4 KB
 * are kept for `LogResult`.
 */
export class InvocationLog {
  private pending: FunctionLogLine[] = [];
  private tail = Buffer.alloc(0);
  private startWritten = false;

  constructor(private readonly send: (lines: readonly FunctionLogLine[]) => void) {}

  /** Whether START was written (a failed init ends without one). */
  get started(): boolean {
    return this.startWritten;
  }

  add(line: FunctionLogLine): void {
    if (line.message.startsWith("START RequestId: ")) this.startWritten = true;
    this.pending.push(line);
    if (this.pending.length >= MAX_BATCH_LINES) this.flush();
  }

  /** Sends what is left. */
  flush(): void {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    const text = Buffer.from(lines.map((line) => `${line.message}\n`).join(""), "utf8");
    const joined = Buffer.concat([this.tail, text]);
    this.tail = joined.subarray(Math.max(0, joined.length - TAIL_BYTES));
    this.send(lines);
  }

  /** `LogResult`: the base64 of the last 4 KB sent. */
  tailBase64(): string {
    return this.tail.toString("base64");
  }
}
