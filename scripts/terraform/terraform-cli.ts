import { spawn, spawnSync } from "node:child_process";

/** The oldest Terraform the synthesized stacks accept (`required_version`). */
export const MINIMUM_TERRAFORM = { major: 1, minor: 9 } as const;
const MINIMUM_TEXT = `${MINIMUM_TERRAFORM.major}.${MINIMUM_TERRAFORM.minor}`;
const INSTALL_HINT = `install Terraform ${MINIMUM_TEXT} or later (https://developer.hashicorp.com/terraform/install) and make sure \`terraform\` is on your PATH`;

/** Thrown when the terraform command is missing or too old; its message says what to install. */
export class TerraformMissingError extends Error {
  override readonly name = "TerraformMissingError";
}

const isRecentEnough = (version: string): boolean => {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return (
    major > MINIMUM_TERRAFORM.major || (major === MINIMUM_TERRAFORM.major && minor >= MINIMUM_TERRAFORM.minor)
  );
};

/**
 * Checks that `terraform` can be run and is recent enough, before anything slow happens, and returns its
 * version. `env` is the environment terraform will run with (its PATH decides which terraform is found).
 */
export function requireTerraform(env: NodeJS.ProcessEnv): string {
  const run = spawnSync("terraform", ["version", "-json"], { env, encoding: "utf8" });
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new TerraformMissingError(
      missing
        ? `terraform was not found: ${INSTALL_HINT}.`
        : `terraform could not be run (${run.error.message}): ${INSTALL_HINT}.`,
    );
  }
  const version = (JSON.parse(run.stdout) as { terraform_version: string }).terraform_version;
  if (!isRecentEnough(version)) {
    throw new TerraformMissingError(`terraform ${version} is too old: ${INSTALL_HINT}.`);
  }
  return version;
}

export interface TerraformRun {
  readonly args: readonly string[];
  /** null when terraform was stopped: it ran past its time limit. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly milliseconds: number;
}

/** How long an interrupted terraform gets to save its state before it is killed. */
const INTERRUPT_GRACE_MS = 60_000;

/**
 * Runs terraform in `cwd`; asynchronous, so a test worker (or an emulator in it) stays responsive. After
 * `timeoutMs` terraform gets SIGINT, on which it stops its operations and saves what it created to the state;
 * a minute later, SIGKILL.
 */
export function runTerraform(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs?: number,
): Promise<TerraformRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("terraform", args, { cwd, env });
    let interrupted = false;
    let forceTimer: NodeJS.Timeout | undefined;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            interrupted = true;
            child.kill("SIGINT");
            // Not every command stops on an interrupt (the console ignores it); those are killed.
            forceTimer = setTimeout(() => child.kill("SIGKILL"), INTERRUPT_GRACE_MS);
          }, timeoutMs);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      clearTimeout(forceTimer);
      resolve({
        args,
        status: interrupted ? null : status,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        milliseconds: Math.round(performance.now() - started),
      });
    });
  });
}
