import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { clientConfig, type ConnectionOptions } from "./connection.js";
import { UserError, type CommandIo } from "./io.js";
import type { PublishOptions } from "./commands/publish.js";
import type { RedriveOptions } from "./commands/redrive.js";
import type { ReplayOptions } from "./commands/replay.js";
import type { StatusOptions } from "./commands/status.js";
import type { TailQueueOptions } from "./commands/tail-queue.js";
import type { TailStreamOptions } from "./commands/tail-stream.js";

/** Options every AWS-facing command takes. */
function withConnection(command: Command): Command {
  return command
    .option(
      "--local",
      "use the local emulator (EDA_EMULATOR_ENDPOINT, else http://127.0.0.1:4566) with test credentials",
    )
    .option("--endpoint <url>", "an AWS-compatible endpoint (default: AWS itself)")
    .option("--region <region>", "AWS region (default: the SDK's resolution; us-east-1 with --local)")
    .option("--json", "print JSON, one document per line");
}

function positiveNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError("expected a positive number.");
  return parsed;
}

function share(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1)
    throw new InvalidArgumentError("expected a share between 0 and 1.");
  return parsed;
}

/** An ISO 8601 time, or a time before now such as `15m`, `2h`, `1d`. */
export function pointInTime(value: string, now = Date.now()): Date {
  const relative = /^(\d+)([smhd])$/.exec(value);
  if (relative) {
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[relative[2] as "s" | "m" | "h" | "d"];
    return new Date(now - Number(relative[1]) * unit);
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()))
    throw new InvalidArgumentError("expected an ISO 8601 time or a duration ago such as 15m, 2h, 1d.");
  return parsed;
}

/** Builds the command tree; each action loads its module only when it runs, so `--help` stays instant. */
function program(io: CommandIo, setExit: (code: number) => void): Command {
  const root = new Command("eda")
    .description(
      "Run and operate the event-driven architecture: the local emulator, events in, queues, streams and DLQs.",
    )
    // eda.ts answers --version before this parser loads; listed here so the help shows it.
    .option("-v, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError("(eda --help lists the commands)");
  const run =
    <Args extends unknown[]>(action: (...args: Args) => Promise<number>) =>
    async (...args: Args) =>
      setExit(await action(...args));
  const connection = (options: ConnectionOptions) => clientConfig(options);

  root.command("emulator").description("run the local AWS-compatible emulator (eda emulator --help)");

  withConnection(
    root
      .command("publish")
      .description("publish events to the stack's topic and stream: one, a file of them, or generated load")
      .option("--event <json>", "one CloudEvent as JSON")
      .option("--file <path>", "a JSON array of events, or one event per line")
      .option("--count <n>", "this many generated sample events", positiveNumber)
      .option("--rate <per-second>", "generated sample events at this rate", positiveNumber)
      .option("--duration <seconds>", "how long --rate runs (default 10)", positiveNumber)
      .option(
        "--malformed <share>",
        "this share (0–1) of generated events is malformed on purpose (sent unchecked)",
        share,
      )
      .option("--topic-arn <arn>", "the event topic")
      .option("--stream-name <name>", "the event stream")
      .option("--outputs <file>", "the stack's `terraform output -json` (- for standard input) naming both"),
  ).action(
    run(async (options: PublishOptions & ConnectionOptions) =>
      (await import("./commands/publish.js")).publishCommand(options, connection(options), io),
    ),
  );

  const tail = root.command("tail").description("follow a queue or a stream");
  withConnection(
    tail
      .command("queue <name>")
      .description(
        "print messages as they arrive (a name or a URL); without --delete each shown message counts as a receive",
      )
      .option("--delete", "consume the messages shown")
      .option("--max <n>", "stop after this many messages", positiveNumber)
      .option("--timeout <seconds>", "stop after this long", positiveNumber),
  ).action(
    run(async (name: string, options: TailQueueOptions & ConnectionOptions) =>
      (await import("./commands/tail-queue.js")).tailQueueCommand(name, options, connection(options), io),
    ),
  );
  withConnection(
    tail
      .command("stream <name>")
      .description("print records as they arrive on every shard")
      .addOption(
        new Option("--from <time>", "start at this time (ISO 8601, or 15m / 2h / 1d ago)").argParser((v) =>
          pointInTime(v),
        ),
      )
      .option("--trim-horizon", "start at the oldest record kept")
      .option("--max <n>", "stop after this many records", positiveNumber)
      .option("--timeout <seconds>", "stop after this long", positiveNumber),
  ).action(
    run(async (name: string, options: TailStreamOptions & ConnectionOptions) =>
      (await import("./commands/tail-stream.js")).tailStreamCommand(name, options, connection(options), io),
    ),
  );

  withConnection(
    root
      .command("replay")
      .description("re-read a stream from a time and send its records to a topic, a queue or a stream")
      .requiredOption("--stream <name>", "the stream to read")
      .addOption(
        new Option("--from <time>", "first arrival time to replay (ISO 8601, or 15m / 2h / 1d ago)")
          .argParser((v) => pointInTime(v))
          .makeOptionMandatory(),
      )
      .addOption(
        new Option("--until <time>", "last arrival time to replay (default: now)").argParser((v) =>
          pointInTime(v),
        ),
      )
      .option("--to-topic <arn>", "publish each record's data to this topic")
      .option("--to-queue <name>", "send each record's data to this queue")
      .option("--to-stream <name>", "put each record on this stream, with its partition key"),
  ).action(
    run(async (options: ReplayOptions & ConnectionOptions) =>
      (await import("./commands/replay.js")).replayCommand(options, connection(options), io),
    ),
  );

  withConnection(
    root
      .command("redrive <dlq>")
      .description("move a DLQ's messages back to their source queues (SQS message move task), with progress")
      .option("--to <queue>", "move them to this queue instead")
      .option("--max-per-second <n>", "move at most this many messages a second", positiveNumber),
  ).action(
    run(async (dlq: string, options: RedriveOptions & ConnectionOptions) =>
      (await import("./commands/redrive.js")).redriveCommand(dlq, options, connection(options), io),
    ),
  );

  withConnection(
    root
      .command("status")
      .description(
        "queue depths and DLQs, stream shards and iterator lag, event source mappings, alarm states",
      )
      .option(
        "--prefix <prefix>",
        "only resources whose names start with this (the stack's prefix, e.g. eda-local)",
      ),
  ).action(
    run(async (options: StatusOptions & ConnectionOptions) =>
      (await import("./commands/status.js")).statusCommand(options, connection(options), io),
    ),
  );
  return root;
}

/**
 * Runs one `eda` command other than `emulator` (which `eda.ts` starts without this module, for its start-up
 * time). Returns the exit status: 0, 1 for a failed command or a user's mistake (one line, no stack trace),
 * 2 for bad usage.
 */
export async function runCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let exitCode = 0;
  try {
    await program(io, (code) => (exitCode = code)).parseAsync(["node", "eda", ...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UserError) {
      io.err(`eda: ${error.message}\n`);
      return 1;
    }
    const name = error instanceof Error ? error.name : "Error";
    const message = error instanceof Error ? error.message : String(error);
    io.err(`eda: ${name}: ${message}\n`);
    return 1;
  }
}
