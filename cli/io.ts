/** Where a command writes: standard output for results, standard error for progress and errors. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Aborted on Ctrl-C: following commands stop and exit cleanly. */
  readonly signal: AbortSignal;
}

/**
 * A mistake of the user's (an unknown queue, a malformed file): printed as one line that says what to do, with
 * exit status 1, never a stack trace.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}

/** Writes one value: as a JSON line with `--json`, else as the command's own text. */
export function emit(io: CommandIo, json: boolean, value: unknown, text: () => string): void {
  io.out(json ? `${JSON.stringify(value)}\n` : `${text()}\n`);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
