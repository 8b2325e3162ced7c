import { App } from "cdktf";
import { existsSync } from "node:fs";
import path from "node:path";
import type { EventDrivenStackProps } from "../../stacks/config.js";
import { environmentProps } from "../../stacks/environments.js";
import { EventDrivenStack } from "../../stacks/event-driven-stack.js";
import { terraformEnvironment } from "./cli-config.js";
import { stackDir } from "./synth.js";
import { runTerraform, type TerraformRun } from "./terraform-cli.js";
import { PROJECT_ROOT } from "./workspace.js";

export const LOCAL_STACK = "local";

export interface LocalDeploymentOptions {
  /** The emulator (or any AWS-compatible endpoint) every service of the stack is pointed at. */
  readonly endpoint: string;
  /** Let the provider look the account up at the endpoint (see `emulatorAccountDiscovery`). */
  readonly accountDiscovery?: boolean;
  /** When set, each terraform command writes its `TF_LOG=DEBUG` log to `<debugLogDir>/<command>.log`. */
  readonly debugLogDir?: string;
  /** Interrupt a terraform command running longer (a target that never settles keeps pollers going). */
  readonly commandTimeoutMs?: number;
}

/** The whole `local` environment, the Lambda consumer and its event source mapping included, at `endpoint`. */
export function localDeploymentProps(options: LocalDeploymentOptions): EventDrivenStackProps {
  return {
    ...environmentProps({ emulatorEndpoint: options.endpoint }).local,
    emulatorAccountDiscovery: options.accountDiscovery ?? false,
  };
}

/**
 * The `local` stack synthesized into `<workdir>/cdktf.out` and driven with terraform in its stack folder:
 * the real provider from the project's CLI configuration (offline mirror), state in that folder.
 */
export class LocalDeployment {
  readonly directory: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    workdir: string,
    private readonly options: LocalDeploymentOptions,
  ) {
    const outdir = path.join(workdir, "cdktf.out");
    const app = new App({ outdir });
    new EventDrivenStack(app, LOCAL_STACK, localDeploymentProps(options));
    app.synth();
    this.directory = stackDir(outdir, LOCAL_STACK);
    this.env = terraformEnvironment(PROJECT_ROOT).env;
  }

  init(): Promise<TerraformRun> {
    return this.run(["init", "-input=false", "-no-color"]);
  }

  apply(): Promise<TerraformRun> {
    return this.run(["apply", "-auto-approve", "-input=false", "-no-color"]);
  }

  /** Exit code 0: no changes; 2: drift or changes; 1: an error. */
  plan(): Promise<TerraformRun> {
    return this.run(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
  }

  destroy(): Promise<TerraformRun> {
    return this.run(["destroy", "-auto-approve", "-input=false", "-no-color"]);
  }

  /** Whether an earlier apply left state here (a second run checks resources instead of creating them). */
  hasState(): boolean {
    // cdktf's local backend keeps state in terraform.<stack>.tfstate beside the stack.
    return existsSync(path.join(this.directory, `terraform.${LOCAL_STACK}.tfstate`));
  }

  /** `terraform output -json`: the stack's outputs, each under `value`. */
  async outputs(): Promise<Record<string, { value: unknown }>> {
    const run = await this.run(["output", "-json", "-no-color"]);
    if (run.status !== 0)
      throw new Error(`terraform output failed (exit ${run.status ?? "signal"}): ${run.stderr}`);
    return JSON.parse(run.stdout) as Record<string, { value: unknown }>;
  }

  /** Where a command's debug log goes, when logging is on. */
  logFile(command: string): string | undefined {
    return this.options.debugLogDir === undefined
      ? undefined
      : path.join(this.options.debugLogDir, `${command}.log`);
  }

  private run(args: readonly string[]): Promise<TerraformRun> {
    const logFile = this.logFile(args[0] ?? "terraform");
    const env = logFile === undefined ? this.env : { ...this.env, TF_LOG: "DEBUG", TF_LOG_PATH: logFile };
    return runTerraform(this.directory, args, env, this.options.commandTimeoutMs);
  }
}
