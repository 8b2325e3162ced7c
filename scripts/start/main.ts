/**
 * `npm start`: the whole architecture on this machine. Starts the emulator with its state in `.eda/`, applies
 * the `local` environment to it with Terraform (a second run finds everything in place and changes nothing),
 * then runs a live demo: sample events published at a steady rate and what became of them, redrawn in place.
 * `--no-demo` leaves the architecture running for your own clients and prints the endpoint and outputs.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import logUpdate from "log-update";
import { startEmulator } from "../../emulator/index.js";
import { terraformEnvironment } from "../terraform/cli-config.js";
import { LocalDeployment } from "../terraform/local-deployment.js";
import { requireTerraform, type TerraformRun } from "../terraform/terraform-cli.js";
import { PROJECT_ROOT } from "../terraform/workspace.js";
import { abortAfter } from "../../cli/io.js";
import { runDemo } from "./demo.js";

interface StartOptions {
  readonly demo: boolean;
  readonly rate: number;
  readonly malformed: number;
  readonly port: number;
  readonly stateDir: string;
  readonly duration?: number;
}

const number = (min: number, max: number) => (value: string) => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max)
    throw new InvalidArgumentError(`expected a number from ${min} to ${max}.`);
  return parsed;
};

function step(run: TerraformRun, what: string): void {
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}\n${run.stderr}\n`);
    throw new Error(`terraform ${what} failed (exit ${run.status ?? "signal"}); its output is above.`);
  }
  const summary = /Resources: (\d+ added, \d+ changed, \d+ destroyed)/.exec(run.stdout)?.[1];
  console.error(
    `• terraform ${what}: ${(run.milliseconds / 1000).toFixed(1)} s${summary ? ` (${summary})` : ""}`,
  );
}

async function start(options: StartOptions): Promise<void> {
  // The SDK's notice about its future Node.js versions (stated once in the README) would split the demo's screen.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  console.error(`• terraform ${requireTerraform(terraformEnvironment(PROJECT_ROOT).env)}`);
  const stateDir = path.resolve(PROJECT_ROOT, options.stateDir);
  mkdirSync(path.join(stateDir, "local"), { recursive: true });
  const emulator = await startEmulator({
    port: options.port,
    dataDir: path.join(stateDir, "emulator"),
    log: (line) => process.stderr.write(`${line}\n`),
  }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === "EADDRINUSE"
        ? `port ${options.port} is in use (an emulator already running?): stop it, or pass --port.`
        : error.message,
    );
  });
  const interrupted = new AbortController();
  const stop = () => interrupted.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    console.error(`• emulator on ${emulator.url}, state in ${options.stateDir}`);
    const deployment = new LocalDeployment(path.join(stateDir, "local"), { endpoint: emulator.url });
    step(await deployment.init(), "init");
    console.error(
      deployment.hasState()
        ? "• terraform apply: checking the deployed resources against the stack…"
        : "• terraform apply: creating every resource (the AWS provider's own waits take most of the time)…",
    );
    step(await deployment.apply(), "apply");
    const outputs = await deployment.outputs();
    if (!options.demo) {
      console.log(`The architecture is running on ${emulator.url} (Ctrl-C stops it).`);
      console.log(
        `  export AWS_ENDPOINT_URL=${emulator.url} AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`,
      );
      console.log(`  dashboard: ${emulator.url}/_eda/ui`);
      for (const [name, output] of Object.entries(outputs))
        if (!name.endsWith("_json")) console.log(`  ${name} = ${JSON.stringify(output.value)}`);
      await new Promise((resolve) => interrupted.signal.addEventListener("abort", resolve, { once: true }));
      return;
    }
    console.error(`• dashboard: ${emulator.url}/_eda/ui`);
    const { signal, dispose } = abortAfter(interrupted.signal, options.duration);
    const draw = process.stdout.isTTY ? (screen: string) => logUpdate(screen) : () => {};
    const final = await runDemo({
      endpoint: emulator.url,
      outputs,
      ratePerSecond: options.rate,
      malformedShare: options.malformed,
      signal,
      draw,
    }).finally(dispose);
    if (process.stdout.isTTY) logUpdate.done();
    else console.log(JSON.stringify(final));
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await emulator.stop();
    console.error("• stopped; state kept for the next npm start");
  }
}

const program = new Command("npm start")
  .description(
    "Run the whole architecture on this machine: emulator, the local environment applied, a live demo.",
  )
  .option("--no-demo", "apply and keep running for your own clients; print the endpoint and outputs")
  .option("--rate <per-second>", "sample events published per second", number(1, 5_000), 20)
  .option("--malformed <share>", "share of sample events broken on purpose (0–1)", number(0, 1), 0.05)
  .option("--port <port>", "the emulator's port (0 for any free one)", number(0, 65_535), 4566)
  .option("--state-dir <dir>", "where the emulator's data and the Terraform state are kept", ".eda")
  .option("--duration <seconds>", "stop the demo after this long (default: at Ctrl-C)", number(1, 86_400))
  .action((options: StartOptions) => start(options));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
