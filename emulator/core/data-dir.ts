import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * A data dir the emulator cannot use. The message is one sentence that says what to do; the CLI prints it as
 * is, without the errno or a stack.
 */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    message: string,
  ) {
    super(message);
    this.name = "DataDirError";
  }
}

/** The data dir's database is held by another emulator (SQLite reported it locked or busy at open). */
export class DataDirLockedError extends DataDirError {
  constructor(dataDir: string, holder = "its database is locked") {
    super(
      dataDir,
      `Data dir ${dataDir} is in use by another emulator (${holder}); stop it or use another --data-dir.`,
    );
    this.name = "DataDirLockedError";
  }
}

/**
 * Makes sure `dir` is a directory the emulator can write, creating it (and its parents) when missing; throws
 * `DataDirError` when the path is a file, lies under a file, or cannot be created or written.
 */
export function prepareDataDir(dir: string): void {
  let existing;
  try {
    existing = statSync(dir, { throwIfNoEntry: false });
  } catch (error) {
    // ENOTDIR (a parent is a file) or EACCES (a parent cannot be searched).
    throw new DataDirError(
      dir,
      `Data dir ${dir} cannot be created: ${reason(error, dir)}; use another --data-dir.`,
    );
  }
  if (existing !== undefined && !existing.isDirectory()) {
    throw new DataDirError(
      dir,
      `Data dir ${dir} is a file, not a directory; remove it or use another --data-dir.`,
    );
  }
  if (existing === undefined) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new DataDirError(
        dir,
        `Data dir ${dir} cannot be created: ${reason(error, dir)}; use another --data-dir.`,
      );
    }
  }
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new DataDirError(
      dir,
      `Data dir ${dir} is not writable: ${reason(error, dir)}; make it writable or use another --data-dir.`,
    );
  }
}

/** The errno of a failed mkdir or access, in words. */
function reason(error: unknown, dir: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOTDIR":
      return `${nearestFile(dir)} is a file`;
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "the disk is full";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The ancestor of `dir` that exists but is not a directory (what makes mkdir fail with ENOTDIR). */
function nearestFile(dir: string): string {
  for (let path = dirname(dir); path !== dirname(path); path = dirname(path)) {
    try {
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === false) return path;
    } catch {
      // Below the file itself: stat fails with ENOTDIR, keep climbing.
    }
  }
  return "a part of the path";
}
