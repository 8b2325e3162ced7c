/** One terraform command of `local-cycle.ts`, as it reports it (shared with the bench, which reads it). */
export interface CycleStep {
  readonly command: string;
  readonly status: number | null;
  readonly milliseconds: number;
  /** Its `TF_LOG=DEBUG` log. */
  readonly log: string | undefined;
  /** Addresses of the resources a plan would change (drift), for `plan`. */
  readonly changes?: readonly string[];
  /** The end of terraform's error output when the step failed. */
  readonly error?: string;
}
