import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const require = createRequire(import.meta.url);

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE_ROOT = path.join(PROJECT_ROOT, ".eda", "lambda-bundles");
export const BUNDLE_FILE = "index.mjs";
export const LAMBDA_HANDLER = "index.handler";

/**
 * The zip's entries carry the files' mtimes and modes, so both are pinned: the same source then gives
 * the same zip bytes on every machine (cdktf's archiver writes UTC DOS times, so the time zone does
 * not matter either).
 */
const FIXED_MTIME = new Date("2000-01-01T00:00:00Z");
const FILE_MODE = 0o644;

/** cdktf's own archiver, the one TerraformAsset runs at synth; it has no public entry point. */
const CDKTF_ARCHIVER = path.join(path.dirname(require.resolve("cdktf/package.json")), "lib/private/fs.js");
const CDKTF_VERSION = (
  JSON.parse(readFileSync(require.resolve("cdktf/package.json"), "utf8")) as { version: string }
).version;

export interface LambdaBundle {
  /** Folder holding only the bundled handler, ready for a TerraformAsset of type ARCHIVE. */
  readonly directory: string;
  /** Base64 SHA-256 of the zip TerraformAsset will write: Lambda's own code hash. */
  readonly zipSha256: string;
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

function zipSha256(directory: string, cacheFile: string): string {
  writeAtomically(cacheFile, (temporary) => {
    const zip = `${temporary}.zip`;
    execFileSync(process.execPath, [CDKTF_ARCHIVER, directory, zip]);
    writeFileSync(temporary, createHash("sha256").update(readFileSync(zip)).digest("base64"));
    rmSync(zip);
  });
  return readFileSync(cacheFile, "utf8");
}

/**
 * Bundles `entry` (relative to the project root) with esbuild into a content-addressed folder under
 * `.eda/`, pins its metadata and computes the hash of the zip cdktf will build from it.
 */
export function bundleLambda(entry: string): LambdaBundle {
  const code = bundleSource(entry);
  const key = createHash("sha256").update(code).update(`cdktf ${CDKTF_VERSION}`).digest("hex").slice(0, 24);
  const directory = path.join(BUNDLE_ROOT, key);
  mkdirSync(BUNDLE_ROOT, { recursive: true });
  writeAtomically(directory, (temporary) => {
    mkdirSync(temporary);
    writeFileSync(path.join(temporary, BUNDLE_FILE), code);
  });
  const file = path.join(directory, BUNDLE_FILE);
  chmodSync(file, FILE_MODE);
  utimesSync(file, FIXED_MTIME, FIXED_MTIME);
  return { directory, zipSha256: zipSha256(directory, `${directory}.zip-sha256`) };
}
