import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { terraformEnvironment, type TerraformEnvironment } from "./cli-config.js";
import { runTerraform, type TerraformRun } from "./terraform-cli.js";

export type { TerraformRun } from "./terraform-cli.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(HERE, "..", "..");
export const OFFLINE_OVERRIDE_FILE = path.join(HERE, "offline-plan_override.tf.json");
const INIT_MARKER = ".eda-init-key";

/**
 * A working copy of one synthesized stack under `.eda/terraform/work/<stack>/`, with the offline plan
 * override beside it. `cdktf.out` stays exactly as synthesized (safe to deploy), and `.terraform` survives
 * re-synthesis so init only reruns when providers or backend change.
 */
export class OfflineWorkspace {
  readonly directory: string;
  private readonly terraform: TerraformEnvironment;

  constructor(
    readonly stackName: string,
    workRoot = path.join(PROJECT_ROOT, ".eda", "terraform", "work"),
  ) {
    this.directory = path.join(workRoot, stackName);
    this.terraform = terraformEnvironment(PROJECT_ROOT);
  }

  /** Replaces the configuration and assets with a fresh synthesized stack folder. */
  load(synthesizedStackDir: string): void {
    mkdirSync(this.directory, { recursive: true });
    for (const entry of readdirSync(this.directory)) {
      if (entry !== ".terraform" && entry !== ".terraform.lock.hcl" && entry !== INIT_MARKER) {
        rmSync(path.join(this.directory, entry), { recursive: true, force: true });
      }
    }
    cpSync(synthesizedStackDir, this.directory, { recursive: true });
    cpSync(OFFLINE_OVERRIDE_FILE, path.join(this.directory, path.basename(OFFLINE_OVERRIDE_FILE)));
  }

  /** Runs `terraform init` unless the last init saw the same providers, backend and CLI config. */
  async init(): Promise<TerraformRun | undefined> {
    const key = this.initKey();
    const marker = path.join(this.directory, INIT_MARKER);
    if (existsSync(marker) && readFileSync(marker, "utf8") === key) return undefined;
    const run = await this.run(["init", "-input=false", "-no-color"]);
    if (run.status === 0) writeFileSync(marker, key);
    return run;
  }

  validate(): Promise<TerraformRun> {
    return this.run(["validate", "-no-color"]);
  }

  plan(extraArgs: readonly string[] = []): Promise<TerraformRun> {
    return this.run(["plan", "-input=false", "-lock=false", "-no-color", ...extraArgs]);
  }

  run(args: readonly string[]): Promise<TerraformRun> {
    return runTerraform(this.directory, args, this.terraform.env);
  }

  private initKey(): string {
    const config = JSON.parse(readFileSync(path.join(this.directory, "cdk.tf.json"), "utf8")) as {
      terraform?: unknown;
    };
    return createHash("sha256")
      .update(JSON.stringify(config.terraform ?? {}))
      .update(readFileSync(this.terraform.configFile))
      .digest("hex");
  }
}
