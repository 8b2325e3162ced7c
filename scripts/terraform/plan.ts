/**
 * Quick start: synthesize every environment into cdktf.out and show one environment's offline plan.
 * Usage: tsx scripts/terraform/plan.ts [dev|prod|local] [extra terraform plan args...]
 */
import path from "node:path";
import { ENVIRONMENTS, type EnvironmentName } from "../../stacks/environments.js";
import { MIRROR_ENV, findProviderMirror, terraformEnvironment } from "./cli-config.js";
import { stackDir, synthesizeAll } from "./synth.js";
import { requireTerraform } from "./terraform-cli.js";
import { OfflineWorkspace, PROJECT_ROOT, type TerraformRun } from "./workspace.js";

function isEnvironment(name: string): name is EnvironmentName {
  return (ENVIRONMENTS as readonly string[]).includes(name);
}

function check(step: string, run: TerraformRun | undefined): void {
  if (!run) {
    console.error(`• terraform ${step}: up to date, skipped`);
    return;
  }
  console.error(`• terraform ${step}: ${run.milliseconds} ms`);
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`terraform ${step} failed (exit ${run.status ?? "signal"})`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [environment = "dev", ...planArgs] = argv;
  if (!isEnvironment(environment)) {
    throw new Error(`Unknown environment "${environment}"; use one of ${ENVIRONMENTS.join(", ")}.`);
  }
  // Before synthesizing, so a missing terraform costs no time and says what to install.
  const version = requireTerraform(terraformEnvironment(PROJECT_ROOT).env);
  console.error(`• terraform ${version}`);
  const mirror = findProviderMirror();
  console.error(
    mirror
      ? `• AWS provider from the mirror ${mirror}`
      : `• no provider mirror found (set ${MIRROR_ENV}): terraform init installs the AWS provider from the registry.`,
  );
  const outdir = path.join(PROJECT_ROOT, "cdktf.out");
  const synth = synthesizeAll(outdir);
  console.error(`• synthesized ${ENVIRONMENTS.join(", ")} into cdktf.out: ${synth.milliseconds} ms`);

  const workspace = new OfflineWorkspace(environment);
  workspace.load(stackDir(outdir, environment));
  check("init", await workspace.init());
  check("validate", await workspace.validate());
  const plan = await workspace.plan(planArgs);
  process.stdout.write(plan.stdout);
  check("plan", plan);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
