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

export { pause } from "../producer/steady-load.js";

/**
 * A signal that aborts when `parent` does or after `seconds` (never, when undefined). Made from a controller and
 * a timer rather than `AbortSignal.any([..., AbortSignal.timeout()])`, whose timeout Node may collect before it
 * fires when nothing else holds it.
 */
export function abortAfter(
  parent: AbortSignal,
  seconds: number | undefined,
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  parent.addEventListener("abort", abort, { once: true });
  if (parent.aborted) controller.abort();
  const timer = seconds === undefined ? undefined : setTimeout(abort, seconds * 1000);
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      parent.removeEventListener("abort", abort);
    },
  };
}
