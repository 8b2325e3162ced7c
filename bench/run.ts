import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, relative } from "node:path";
import { USAGE, parseBenchArgs, selectedOperations } from "./args.js";
import type { TargetName } from "./model.js";
import { RESULTS_FILE, emulatorBuilt, kinesaliteInstalled } from "./paths.js";
import { installCleanupHandlers, onPath } from "./processes.js";
import { renderMarkdown, toJson } from "./report.js";
import type { BenchReport } from "./report.js";
import { runKinesisBench, type KinesisRow } from "./kinesis.js";
import { runLambdaRuntimeBench, type LambdaRuntimeResult } from "./lambda-runtime.js";
import { runLambdaBench, type LambdaRow } from "./lambda.js";
import { runKinesisLambdaBench, type KinesisLambdaResult } from "./kinesis-lambda.js";
import { runSession } from "./session.js";
import { runSnsLatencyBench, type SnsLatencyRow } from "./sns-latency.js";
import { runSnsSqsLambdaBench, type SnsSqsLambdaRow } from "./sns-sqs-lambda.js";
import { runTerraformBench, type TerraformRow } from "./terraform.js";
import { measureStartup } from "./startup.js";
import type { StartupResult } from "./startup.js";

/** Publishes a second in the steady-rate latency row: a busy producer, well below saturation. */
const SNS_LATENCY_RATE = 200;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
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
  // The SDK's notice about future Node versions says nothing about this run and splits the progress lines.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
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

  const { rows, memory } =
    selectedOperations(options).length > 0 && clients.length > 0
      ? await runSession(targets, clients, options)
      : { rows: [], memory: {} };
  let snsLatency: SnsLatencyRow[] | undefined;
  if (options.sections.has("sns-latency")) {
    snsLatency = await runSnsLatencyBench(targets, SNS_LATENCY_RATE, options.duration * 2, log);
  }
  let kinesis: KinesisRow[] | undefined;
  if (options.sections.has("kinesis")) {
    const kinesisTargets: TargetName[] = [...targets];
    if (kinesaliteInstalled()) kinesisTargets.push("kinesalite");
    else notes.push("kinesalite rows and every ratio to kinesalite: the package is not installed (npm ci).");
    kinesis = await runKinesisBench(kinesisTargets, clients, options);
  }
  let lambdaRuntime: LambdaRuntimeResult | undefined;
  if (options.sections.has("lambda-runtime")) {
    log("Lambda runtime: cold starts and warm invocations");
    lambdaRuntime = await runLambdaRuntimeBench(options.startupRuns);
  }
  let lambda: LambdaRow[] | undefined;
  if (options.sections.has("lambda")) {
    lambda = await runLambdaBench(targets, options);
    notes.push("Lambda rows: moto_server runs functions only in Docker, so it is not measured.");
  }
  let kinesisLambda: KinesisLambdaResult | undefined;
  if (options.sections.has("kinesis-lambda")) {
    if (emulatorBuilt()) kinesisLambda = await runKinesisLambdaBench(options);
    else notes.push("Kinesis → Lambda rows: dist/cli/eda.js does not exist (build the emulator first).");
  }
  let snsSqsLambda: SnsSqsLambdaRow[] | undefined;
  if (options.sections.has("sns-sqs-lambda")) {
    snsSqsLambda = await runSnsSqsLambdaBench(targets, options);
  }
  let terraform: TerraformRow[] | undefined;
  if (options.sections.has("terraform")) {
    if (onPath("terraform")) terraform = await runTerraformBench(targets);
    else notes.push("terraform rows: `terraform` is not on PATH.");
  }
  let startup: StartupResult | undefined;
  if (options.sections.has("startup") && emulatorBuilt()) {
    log(`emulator startup: ${options.startupRuns} runs`);
    startup = await measureStartup(options.startupRuns);
  }

  const report: BenchReport = {
    command: commandLine(),
    rowSeconds: options.duration,
    motoRowSeconds: options.motoDuration,
    concurrency: { sdk: options.sdkConcurrency, wrk: options.wrkConnections, moto: options.motoConcurrency },
    loadAverageAtStart,
    rows,
    ...(startup === undefined ? {} : { startup }),
    ...(snsLatency === undefined ? {} : { snsLatency }),
    ...(kinesis === undefined ? {} : { kinesis }),
    ...(lambdaRuntime === undefined ? {} : { lambdaRuntime }),
    ...(lambda === undefined ? {} : { lambda }),
    ...(kinesisLambda === undefined ? {} : { kinesisLambda }),
    ...(snsSqsLambda === undefined ? {} : { snsSqsLambda }),
    ...(terraform === undefined ? {} : { terraform }),
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
