import { mkdirSync, statSync } from "node:fs";

/** A data dir the emulator cannot use, with one sentence that says what to do. */
export class DataDirError extends Error {
  override readonly name = "DataDirError";
}

/** Another emulator holds the data dir's database. */
export class DataDirLockedError extends DataDirError {
  constructor(dataDir: string) {
    super(`Data dir ${dataDir} is in use by another emulator; stop it or use another --data-dir.`);
  }
}

/** Creates the data dir when missing; throws DataDirError when it cannot be used. */
export function prepareDataDir(dataDir: string): void {
  const stat = statSync(dataDir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) {
    throw new DataDirError(`Data dir ${dataDir} is a file, not a directory; pass a directory to --data-dir.`);
  }
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new DataDirError(
      `Cannot create data dir ${dataDir} (${(error as NodeJS.ErrnoException).code ?? "error"}); pass a writable directory to --data-dir.`,
    );
  }
}
