#!/usr/bin/env node
/**
 * The `eda` command. Kept to a dispatcher that imports each command only when it runs: the emulator's
 * start-up budget is measured from the first line of this file.
 */
const startedAt = performance.now();

const USAGE = `Usage: eda <command> [options]

Commands:
  emulator   Run the local AWS-compatible emulator (eda emulator --help)

Options:
  -h, --help  Show this help
`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === "emulator") {
    const { runEmulatorCommand } = await import("./emulator-command.js");
    return runEmulatorCommand(rest, startedAt);
  }
  process.stderr.write(`eda: unknown command '${command}'\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
