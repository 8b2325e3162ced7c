import { KinesisErrors } from "./errors.js";

export const MIN_RETENTION_HOURS = 24;
export const MAX_RETENTION_HOURS = 8760;
export const HOUR_MS = 3_600_000;

/** The bounds both retention actions enforce. */
export function checkRetentionBounds(hours: number): void {
  if (hours < MIN_RETENTION_HOURS)
    throw KinesisErrors.invalidArgument(
      `Minimum allowed retention period is ${MIN_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too short.`,
    );
  if (hours > MAX_RETENTION_HOURS)
    throw KinesisErrors.invalidArgument(
      `Maximum allowed retention period is ${MAX_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too long.`,
    );
}
