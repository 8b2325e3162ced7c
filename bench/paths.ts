import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The bench runs compiled from dist/bench/; the project root is two levels up from here. */
const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, "..", "..");

export const CEILING_SERVER = join(here, "ceiling-server.js");
export const KINESIS_CEILING_SERVER = join(here, "kinesis-ceiling-server.js");
export const KINESALITE_SERVER = join(here, "kinesalite-server.js");
export const EMULATOR_CLI = join(projectRoot, "dist", "cli", "eda.js");
export const RESULTS_FILE = join(projectRoot, ".eda", "bench", "latest.json");

export function emulatorBuilt(): boolean {
  return existsSync(EMULATOR_CLI);
}

/** Whether the kinesalite package (a devDependency) is installed. */
export function kinesaliteInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("kinesalite");
    return true;
  } catch {
    return false;
  }
}
