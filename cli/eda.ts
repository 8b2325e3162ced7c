#!/usr/bin/env node
/**
 * The `eda` command. Kept to a dispatcher that imports each command only when it runs: the emulator's
 * start-up budget is measured from the first line of this file.
 */
import type * as EmulatorCommand from "./emulator-command.js";

const startedAt = performance.now();

const USAGE = `Usage: eda <command> [options]

Commands:
  emulator   Run the local AWS-compatible emulator (eda emulator --help)

Options:
  -h, --help  Show this help
`;

/**
 * The emulator command, from the single-file bundle `npm run build` makes when it exists (one module to load
 * instead of ~60: most of the start-up budget), else from the compiled modules (e.g. when run through tsx).
 */
async function loadEmulatorCommand(): Promise<typeof EmulatorCommand> {
  const bundle = new URL("./emulator-command.bundle.js", import.meta.url).href;
  try {
    return (await import(bundle)) as typeof EmulatorCommand;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND";
    if (!missing || !String((error as Error).message).includes("emulator-command.bundle.js")) throw error;
    return import("./emulator-command.js");
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === "emulator") {
    const { runEmulatorCommand } = await loadEmulatorCommand();
    return runEmulatorCommand(rest, startedAt);
  }
  process.stderr.write(`eda: unknown command '${command}'\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
