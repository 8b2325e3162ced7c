import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { scaledClock } from "../emulator/core/clock.js";
import { DataDirError } from "../emulator/core/data-dir.js";
import type { EmulatorOptions } from "../emulator/index.js";

const USAGE = `Usage: eda emulator [options]

Runs the local AWS-compatible emulator until interrupted (Ctrl-C or SIGTERM stop it gracefully).

Options:
  --port <n>              TCP port, 0 for any free port (default 4566)
  --host <address>        Interface to bind (default 127.0.0.1)
  --data-dir <dir>        Keep state durably in this directory (default: in memory only)
  --region <region>       Region for unsigned requests (default us-east-1)
  --account-id <id>       12-digit account id in ARNs and queue URLs (default 000000000000)
  --sigv4 <key:secret>    Verify SigV4 signatures, accepting this access key (repeatable)
  --admin-from-any-host   Answer /_eda/reset, /_eda/state and /_eda/health to every host, not only loopback
  --enforce-iam           Evaluate calls by IAM users and role sessions against their IAM policies
                          (account roots, such as the default test credentials, keep full access)
  --kinesis-throughput-limits
                          Kinesis: PROVISIONED shards take 1,000 records and 1 MiB written and 5 reads
                          and 2 MiB read per second, answering ProvisionedThroughputExceededException past
                          that, as AWS does (default: no limits)
  --time-scale <n>        Run the emulator's clock n times as fast as the wall clock (default 1): alarm
                          periods, visibility timeouts and retention keep AWS's values and pass sooner
  --debug                 Log one line per request and network errors
  --literal-secure-transport
                          aws:SecureTransport is false on this plain-HTTP port (default: true, as the
                          port stands in for AWS's HTTPS endpoints)
  -h, --help              Show this help
`;

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  "data-dir": { type: "string" },
  region: { type: "string" },
  "account-id": { type: "string" },
  sigv4: { type: "string", multiple: true },
  "admin-from-any-host": { type: "boolean" },
  "enforce-iam": { type: "boolean" },
  "kinesis-throughput-limits": { type: "boolean" },
  "time-scale": { type: "string" },
  debug: { type: "boolean" },
  "literal-secure-transport": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

class UsageError extends Error {}

const PORT = /^\d{1,5}$/;
const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const TIME_SCALE = /^\d+(\.\d+)?$/;
/** An hour a second: beyond it timers would have to fire faster than Node schedules them. */
const MAX_TIME_SCALE = 3600;

/** Parses the flags into emulator options; throws UsageError with a one-line reason. */
export function parseEmulatorArgs(args: readonly string[]): EmulatorOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return "help";
  const options: EmulatorOptions = {
    debug: values.debug ?? false,
    adminFromAnyHost: values["admin-from-any-host"] ?? false,
    enforceIam: values["enforce-iam"] ?? false,
  };
  if (values["literal-secure-transport"]) options.literalSecureTransport = true;
  if (values["kinesis-throughput-limits"]) options.kinesisThroughputLimits = true;
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!PORT.test(values.port) || port > 65535)
      throw new UsageError(`--port must be 0-65535, got '${values.port}'`);
    options.port = port;
  }
  if (values.host !== undefined) {
    if (values.host === "") throw new UsageError("--host must not be empty");
    options.host = values.host;
  }
  if (values["data-dir"] !== undefined) {
    if (values["data-dir"] === "") throw new UsageError("--data-dir must not be empty");
    options.dataDir = resolve(values["data-dir"]);
  }
  if (values.region !== undefined) {
    if (!REGION.test(values.region))
      throw new UsageError(`--region must look like us-east-1, got '${values.region}'`);
    options.region = values.region;
  }
  if (values["account-id"] !== undefined) {
    if (!ACCOUNT_ID.test(values["account-id"])) {
      throw new UsageError(`--account-id must be 12 digits, got '${values["account-id"]}'`);
    }
    options.accountId = values["account-id"];
  }
  if (values["time-scale"] !== undefined) {
    const rate = Number(values["time-scale"]);
    if (!TIME_SCALE.test(values["time-scale"]) || rate < 1 || rate > MAX_TIME_SCALE) {
      throw new UsageError(
        `--time-scale must be a number from 1 to ${MAX_TIME_SCALE}, got '${values["time-scale"]}'`,
      );
    }
    if (rate !== 1) options.clock = scaledClock(rate);
  }
  if (values.sigv4 !== undefined) {
    options.sigv4 = {
      credentials: values.sigv4.map((pair) => {
        const colon = pair.indexOf(":");
        if (colon <= 0 || colon === pair.length - 1) {
          throw new UsageError("--sigv4 takes <access-key-id>:<secret-access-key>");
        }
        return { accessKeyId: pair.slice(0, colon), secretAccessKey: pair.slice(colon + 1) };
      }),
    };
  }
  return options;
}

function describeStartError(error: unknown, options: EmulatorOptions): string {
  if (error instanceof DataDirError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${options.host ?? "127.0.0.1"}:${options.port ?? 4566}`;
  if (code === "EADDRINUSE") return `port ${where} is already in use`;
  if (code === "EACCES") return `not allowed to listen on ${where}`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return `cannot listen on ${where}: no such address`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs until SIGINT/SIGTERM; resolves with the process exit code. `startedAt` (a `performance.now()` reading
 * from the first line of the CLI) lets the ready line say how long start-up took.
 */
export async function runEmulatorCommand(
  args: readonly string[],
  startedAt = performance.now(),
): Promise<number> {
  let options: EmulatorOptions | "help";
  try {
    options = parseEmulatorArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`eda emulator: ${error.message}\nRun 'eda emulator --help' for the options.\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  // Listen for signals before starting, so one that arrives during start-up still stops the process.
  const stop = listenForStop();
  const { startEmulator } = await import("../emulator/index.js");
  let emulator;
  try {
    emulator = await startEmulator({ ...options, log: (line) => process.stdout.write(`${line}\n`) });
  } catch (error) {
    stop.dispose();
    process.stderr.write(`eda emulator: ${describeStartError(error, options)}\n`);
    return 1;
  }
  if (!stop.requested) {
    const startupMs = (performance.now() - startedAt).toFixed(0);
    process.stdout.write(`eda emulator ready at ${emulator.url} (started in ${startupMs} ms)\n`);
  }
  await stop.signal;
  await emulator.stop();
  stop.dispose();
  return 0;
}

/**
 * SIGINT/SIGTERM handling: the first signal asks for a graceful stop (long polls are answered, the store is
 * closed); a second one, while stopping or still starting, exits at once with 130 as a shell expects.
 */
function listenForStop(): { readonly requested: boolean; readonly signal: Promise<void>; dispose(): void } {
  let requested = false;
  let resolve!: () => void;
  const signal = new Promise<void>((done) => (resolve = done));
  const onSignal = (): void => {
    if (requested) process.exit(130);
    requested = true;
    resolve();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get requested() {
      return requested;
    },
    signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
