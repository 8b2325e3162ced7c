#!/usr/bin/env -S node --max-semi-space-size=2
/**
 * The `eda` command. The shebang caps V8's young generation at 2 MiB per semi-space: measured after the SQS
 * bench, resident memory fell from 129 MB to 88 MB with no throughput lost (V8 otherwise keeps ~50 MB reserved
 * for short-lived request objects). `npm run emulator` passes the same flag.
 *
 * Kept to a dispatcher that imports each command only when it runs: the emulator's start-up budget is
 * measured from the first line of this file.
 */
import { readFileSync, statSync } from "node:fs";
import { BUNDLE_NAME } from "./bundle-name.js";
import type * as EmulatorCommand from "./emulator-command.js";

const startedAt = performance.now();
/** How long the process may take to exit on its own once its command has finished. */
const EXIT_GRACE_MS = 1_000;

/**
 * The emulator command, from the single-file bundle the build makes (one module to load instead of ~60: most
 * of the start-up budget) when it is at least as new as the compiled modules, else from the modules (under
 * tsx, or after a `tsc` without the bundling step, whose stale bundle must not run).
 */
async function loadEmulatorCommand(): Promise<typeof EmulatorCommand> {
  const bundle = new URL(`./${BUNDLE_NAME}`, import.meta.url);
  const bundleTime = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  const modulesTime = statSync(new URL("./emulator-command.js", import.meta.url), {
    throwIfNoEntry: false,
  })?.mtimeMs;
  if (bundleTime !== undefined && bundleTime >= (modulesTime ?? 0)) {
    return (await import(bundle.href)) as typeof EmulatorCommand;
  }
  return import("./emulator-command.js");
}

/** The version in the package's package.json: next to `cli/` from the sources, two levels up from `dist/cli/`. */
function packageVersion(): string {
  const manifest = ["../package.json", "../../package.json"]
    .map((path) => new URL(path, import.meta.url))
    .find((url) => statSync(url, { throwIfNoEntry: false })?.isFile());
  if (manifest === undefined) return "unknown";
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "-v" || command === "--version") {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (command === "emulator") {
    const { runEmulatorCommand } = await loadEmulatorCommand();
    return runEmulatorCommand(rest, startedAt);
  }
  // Every other command, and the help that lists them all, goes through the command-line parser.
  const { runCommand } = await import("./program.js");
  const interrupt = new AbortController();
  process.once("SIGINT", () => interrupt.abort());
  const code = await runCommand(argv.length === 0 ? ["--help"] : argv, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    signal: interrupt.signal,
  });
  return argv.length === 0 ? 2 : code;
}

process.exitCode = await main(process.argv.slice(2));
// The command is done and has closed what it opened; a stray handle must not keep the process (Ctrl-C must stop it).
setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
