import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE_ROOT = path.join(PROJECT_ROOT, ".eda", "lambda-bundles");
export const BUNDLE_FILE = "index.mjs";
export const LAMBDA_HANDLER = "index.handler";

/**
 * A zip entry carries its file's mtime and mode, so both are pinned: the same source then gives the same
 * zip bytes on every machine (cdktf's asset archiver writes UTC DOS times, so the time zone does not
 * matter either; `archive_file` ignores mtimes and takes its mode from `output_file_mode`).
 */
const FIXED_MTIME = new Date("2000-01-01T00:00:00Z");
export const FILE_MODE = 0o644;

export interface LambdaBundle {
  /** Folder holding only the bundled handler, ready to be zipped. */
  readonly directory: string;
}

function bundleSource(entryPoint: string): Uint8Array {
  const result = buildSync({
    entryPoints: [entryPoint],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    outfile: BUNDLE_FILE,
    write: false,
    legalComments: "none",
    // esbuild writes module paths (relative to the project) into the bundle; keeping symlinked paths
    // as they are means a linked node_modules gives the same bytes as an installed one.
    preserveSymlinks: true,
    // Some bundled CommonJS code still calls require() for Node built-ins.
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for ${entryPoint}`);
  return output.contents;
}

/** Writes through a temporary path and a rename, so parallel synths never see a half-written file. */
function writeAtomically(target: string, write: (temporary: string) => void): void {
  if (existsSync(target)) return;
  const temporary = `${target}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  write(temporary);
  try {
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
}

/**
 * Bundles `entry` (relative to the project root) with esbuild into a content-addressed folder under
 * `.eda/` and pins its metadata.
 */
export function bundleLambda(entry: string): LambdaBundle {
  const code = bundleSource(entry);
  const key = createHash("sha256").update(code).digest("hex").slice(0, 24);
  const directory = path.join(BUNDLE_ROOT, key);
  mkdirSync(BUNDLE_ROOT, { recursive: true });
  writeAtomically(directory, (temporary) => {
    mkdirSync(temporary);
    writeFileSync(path.join(temporary, BUNDLE_FILE), code);
  });
  const file = path.join(directory, BUNDLE_FILE);
  chmodSync(file, FILE_MODE);
  utimesSync(file, FIXED_MTIME, FIXED_MTIME);
  return { directory };
}
