/**
 * `npm run cdktf:local -- deploy|destroy`: `cdktf deploy local` / `cdktf destroy local` (auto-approved) against a
 * running emulator, with the project's Terraform CLI configuration and nothing written to the home folder.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { Argument, Command } from "commander";
import { DEFAULT_EMULATOR_ENDPOINT } from "../../stacks/emulator-endpoint.js";
import { LOCAL_STACK } from "./local-deployment.js";
import { terraformEnvironment } from "./cli-config.js";
import { requireTerraform } from "./terraform-cli.js";
import { PROJECT_ROOT } from "./workspace.js";

interface CdktfLocalOptions {
  readonly endpoint: string;
  readonly lambda: boolean;
  readonly output: string;
}

const BIN = path.join(PROJECT_ROOT, "node_modules", ".bin");
const CDKTF = path.join(BIN, "cdktf");
/** cdktf.json's app without npx in front, which would check the registry and write its logs to the home folder. */
const APP = `${path.join(BIN, "tsx")} main.ts`;
const REACHABLE_WITHIN_MS = 5_000;

/**
 * The environment cdktf runs with. cdktf keeps its own files (a user id, caches) in `~/.cdktf` unless
 * `CDKTF_HOME` says otherwise, and points `TF_PLUGIN_CACHE_DIR` at `~/.terraform.d/plugin-cache` unless told
 * not to; the project's CLI configuration names its own plugin cache instead.
 */
function cdktfEnvironment(options: CdktfLocalOptions, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...terraformEnvironment(PROJECT_ROOT, env).env,
    EDA_EMULATOR_ENDPOINT: options.endpoint,
    EDA_LOCAL_LAMBDA: options.lambda ? "on" : "off",
    CDKTF_HOME: path.join(PROJECT_ROOT, ".eda", "cdktf"),
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: "true",
    DISABLE_VERSION_CHECK: "true",
  };
}

/** Fails with what to do when nothing answers at the endpoint (any HTTP answer counts as an emulator). */
async function requireEndpoint(endpoint: string): Promise<void> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(REACHABLE_WITHIN_MS) });
  } catch {
    throw new Error(
      `nothing answers at ${endpoint}: start the emulator first (npx eda emulator --data-dir .eda/cdktf/emulator) or pass --endpoint.`,
    );
  }
}

async function run(command: "deploy" | "destroy", options: CdktfLocalOptions): Promise<void> {
  requireTerraform(terraformEnvironment(PROJECT_ROOT).env);
  await requireEndpoint(options.endpoint);
  // The lock step fetches every platform's provider checksums from the registry; init already locks this one.
  const args = [
    command,
    LOCAL_STACK,
    "--auto-approve",
    "--skip-provider-lock",
    "--app",
    APP,
    "--output",
    options.output,
  ];
  const child = spawn(CDKTF, args, {
    cwd: PROJECT_ROOT,
    env: cdktfEnvironment(options, process.env),
    stdio: "inherit",
  });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (status !== 0) throw new Error(`cdktf ${command} ${LOCAL_STACK} failed (exit ${status ?? "signal"}).`);
}

const program = new Command("npm run cdktf:local --")
  .description("cdktf deploy/destroy of the local environment against a running emulator, auto-approved.")
  .addArgument(new Argument("<command>", "what cdktf does to the local stack").choices(["deploy", "destroy"]))
  .option(
    "--endpoint <url>",
    "the emulator's endpoint",
    process.env.EDA_EMULATOR_ENDPOINT ?? DEFAULT_EMULATOR_ENDPOINT,
  )
  .option("--no-lambda", "leave the Lambda consumer out (function, role, log group, mapping, failure queue)")
  .option(
    "--output <dir>",
    "where cdktf synthesizes the stacks; the local stack's state is kept there",
    "cdktf.out",
  )
  .action((command: "deploy" | "destroy", options: CdktfLocalOptions) => run(command, options));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
