import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, relative } from "node:path";
import { USAGE, parseBenchArgs, selectedOperations } from "./args.js";
import type { BenchOptions } from "./args.js";
import { CLIENT_LABELS, OPERATION_LABELS, TARGET_LABELS, messagesPerSecond } from "./model.js";
import type { ClientKind, EmulatorMemory, Operation, RowResult, TargetName } from "./model.js";
import { RESULTS_FILE, emulatorBuilt } from "./paths.js";
import { installCleanupHandlers, onPath, readCpuTimes, readMemory } from "./processes.js";
import { renderMarkdown, toJson } from "./report.js";
import type { BenchReport } from "./report.js";
import { createQueue, createSqsClient, runSdk, storedMessages, visibleMessages } from "./sdk-load.js";
import { measureStartup } from "./startup.js";
import type { StartupResult } from "./startup.js";
import { formatMs, formatRate } from "./table.js";
import { startCeiling, startEmulator, startMoto } from "./targets.js";
import type { RunningTarget } from "./targets.js";
import { runWrk } from "./wrk-load.js";
import type { LoadResult } from "./model.js";

const STARTERS: Record<TargetName, () => Promise<RunningTarget>> = {
  ceiling: startCeiling,
  "emulator-durable": () => startEmulator(true),
  "emulator-memory": () => startEmulator(false),
  moto: startMoto,
};

const WARM_UP_SECONDS = 1;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface Run {
  readonly target: RunningTarget;
  readonly client: ClientKind;
  readonly queueUrl: string;
  readonly operation: Operation;
  readonly seconds: number;
}

function concurrencyFor(run: Run, options: BenchOptions): number {
  if (run.target.name === "moto") return options.motoConcurrency;
  return run.client === "wrk" ? options.wrkConnections : options.sdkConcurrency;
}

function drive(run: Run, options: BenchOptions): Promise<LoadResult> {
  const concurrency = concurrencyFor(run, options);
  if (run.client === "wrk")
    return runWrk({ ...run, endpoint: run.target.endpoint, connections: concurrency });
  const client = createSqsClient(run.target.endpoint, concurrency);
  return runSdk({ ...run, client, concurrency }).finally(() => client.destroy());
}

/**
 * Receive+delete needs a full queue for its whole row. The send rows normally leave more than enough; when
 * they did not run, or left too few, batch sends fill the queue first (untimed). Rows that still ran dry say so.
 */
async function fillForReceives(
  run: Run,
  options: BenchOptions,
  batchRate: number | undefined,
): Promise<void> {
  if (run.target.name === "ceiling") return;
  const sdk = createSqsClient(run.target.endpoint, 1);
  try {
    const wanted = batchRate === undefined ? Number.POSITIVE_INFINITY : batchRate * run.seconds;
    if ((await visibleMessages(sdk, run.queueUrl)) >= wanted) return;
    log(`  filling ${run.queueUrl} for the receive row`);
    await drive({ ...run, operation: "sqs-send-batch" }, options);
  } finally {
    sdk.destroy();
  }
}

async function warmUp(
  target: RunningTarget,
  clients: readonly ClientKind[],
  options: BenchOptions,
): Promise<string> {
  const sdk = createSqsClient(target.endpoint, 1);
  const queueUrl = await createQueue(sdk, "bench-warm-up");
  sdk.destroy();
  for (const client of clients) {
    for (const operation of selectedOperations(options)) {
      await drive({ target, client, queueUrl, operation, seconds: WARM_UP_SECONDS }, options);
    }
  }
  return queueUrl;
}

async function memoryAfterRows(target: RunningTarget, queueUrls: readonly string[]): Promise<EmulatorMemory> {
  const sdk = createSqsClient(target.endpoint, 1);
  try {
    return { ...readMemory(target.pid), messagesStored: await storedMessages(sdk, queueUrls) };
  } finally {
    sdk.destroy();
  }
}

async function benchTarget(
  name: TargetName,
  options: BenchOptions,
  clients: readonly ClientKind[],
  rows: RowResult[],
): Promise<EmulatorMemory | undefined> {
  log(`${TARGET_LABELS[name]}: starting`);
  const target = await STARTERS[name]();
  try {
    const seconds = name === "moto" ? Math.min(options.duration, options.motoDuration) : options.duration;
    const queueUrls: string[] = [];
    // moto runs no JIT; warming it would only spend the time budget.
    if (name !== "moto") queueUrls.push(await warmUp(target, clients, options));
    for (const client of clients) {
      const sdk = createSqsClient(target.endpoint, 1);
      const queueUrl = await createQueue(sdk, `bench-${client}`);
      queueUrls.push(queueUrl);
      sdk.destroy();
      for (const operation of selectedOperations(options)) {
        const run: Run = { target, client, queueUrl, operation, seconds };
        if (operation === "sqs-receive-delete") {
          const batchRow = rows.find(
            (r) => r.target === name && r.client === client && r.operation === "sqs-send-batch",
          );
          await fillForReceives(
            run,
            options,
            batchRow === undefined ? undefined : messagesPerSecond(batchRow),
          );
        }
        const serverCpuBefore = readCpuTimes(target.pid).own;
        const result = await drive(run, options);
        const row: RowResult = {
          ...result,
          operation,
          client,
          target: name,
          serverCpuSeconds: readCpuTimes(target.pid).own - serverCpuBefore,
        };
        rows.push(row);
        log(
          `  ${CLIENT_LABELS[client]}, ${OPERATION_LABELS[operation]}: ${formatRate(messagesPerSecond(row))} msg/s, ` +
            `p50 ${formatMs(row.latency.p50)} ms, p99 ${formatMs(row.latency.p99)} ms` +
            (row.errors > 0 ? `, ${row.errors} errors` : ""),
        );
      }
    }
    return name === "ceiling" || name === "moto" ? undefined : await memoryAfterRows(target, queueUrls);
  } finally {
    await target.stop();
  }
}

function commandLine(): string {
  const args = process.argv.slice(2);
  return args.length === 0 ? "npm run bench" : `npm run bench -- ${args.join(" ")}`;
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  installCleanupHandlers();
  const loadAverageAtStart = loadavg()[0];
  const notes: string[] = [];
  const clients = options.clients.filter((client) => client !== "wrk" || onPath("wrk"));
  if (clients.length < options.clients.length) {
    notes.push("load-generator rows: `wrk` is not installed (Debian: `apt-get install wrk`).");
  }
  const targets: TargetName[] = ["ceiling"];
  if (emulatorBuilt()) {
    targets.push("emulator-durable");
    if (!options.skipMemoryEmulator) targets.push("emulator-memory");
  } else {
    notes.push("emulator rows and startup: dist/cli/eda.js does not exist (build the emulator first).");
  }
  if (options.skipMoto) {
    notes.push("moto_server rows and every ratio to moto: skipped with --skip-moto.");
  } else if (!onPath("moto_server")) {
    throw new Error("moto_server is not on PATH: install moto[server] or pass --skip-moto");
  } else {
    targets.push("moto");
  }

  const rows: RowResult[] = [];
  const memory: Partial<Record<TargetName, EmulatorMemory>> = {};
  if (selectedOperations(options).length > 0 && clients.length > 0) {
    for (const name of targets) {
      const use = await benchTarget(name, options, clients, rows);
      if (use !== undefined) memory[name] = use;
    }
  }
  let startup: StartupResult | undefined;
  if (options.sections.has("startup") && emulatorBuilt()) {
    log(`emulator startup: ${options.startupRuns} runs`);
    startup = await measureStartup(options.startupRuns);
  }

  const report: BenchReport = {
    command: commandLine(),
    rowSeconds: options.duration,
    motoRowSeconds: Math.min(options.duration, options.motoDuration),
    concurrency: { sdk: options.sdkConcurrency, wrk: options.wrkConnections, moto: options.motoConcurrency },
    loadAverageAtStart,
    rows,
    ...(startup === undefined ? {} : { startup }),
    memory,
    notes,
  };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(toJson(report), null, 2)}\n`);
  process.stdout.write(`\n${renderMarkdown(report)}\nJSON: ${relative(process.cwd(), RESULTS_FILE)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  // Exits through the cleanup handler, which stops whatever is still running.
  process.exit(1);
});
