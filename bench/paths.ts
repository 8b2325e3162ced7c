import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The bench runs compiled from dist/bench/; the project root is two levels up from here. */
const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, "..", "..");

export const CEILING_SERVER = join(here, "ceiling-server.js");
export const EMULATOR_CLI = join(projectRoot, "dist", "cli", "eda.js");
export const RESULTS_FILE = join(projectRoot, ".eda", "bench", "latest.json");

export function emulatorBuilt(): boolean {
  return existsSync(EMULATOR_CLI);
}
