import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PROJECT_ROOT } from "../../scripts/terraform/workspace.js";

const scratch = mkdtempSync(path.join(tmpdir(), "eda-first-run-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs an npm script of the form `tsx <file> [args]` the way npm would, with node from this process. */
function runNpmScript(name: string, env: NodeJS.ProcessEnv, extraArgs: string[] = []) {
  const scripts = (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const [runner, ...args] = (scripts[name] ?? "").split(" ");
  if (runner !== "tsx") throw new Error(`npm run ${name} is not a tsx script: ${scripts[name]}`);
  return spawnSync(process.execPath, ["--import", "tsx", ...args, ...extraArgs], {
    cwd: PROJECT_ROOT,
    env,
    encoding: "utf8",
  });
}

describe("a first run", () => {
  it("npm start without terraform on PATH says what to install, before synthesizing", () => {
    const emptyPath = mkdtempSync(path.join(scratch, "path-"));
    const run = runNpmScript("start", { ...process.env, PATH: emptyPath });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("terraform was not found: install Terraform 1.9 or later");
    expect(run.stderr).not.toContain("ENOENT");
    expect(run.stderr).not.toContain("synthesized");
  });

  it("npm run synth prints one line and no terraform or checkpoint errors offline", () => {
    const outdir = path.join(scratch, "out");
    const env: NodeJS.ProcessEnv = { ...process.env, TF_CLI_CONFIG_FILE: path.join(scratch, "missing.tfrc") };
    delete env.CHECKPOINT_DISABLE;
    const run = runNpmScript("synth", env, [outdir]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/^• synthesized dev, prod, local into .+: \d+ ms\n$/);
    expect(existsSync(path.join(outdir, "stacks", "dev", "cdk.tf.json"))).toBe(true);
  });

  it("npm test is not flooded by the AWS SDK's Node.js version reminder", () => {
    const warn = vi.spyOn(process, "emitWarning");
    new SQSClient({ region: "us-east-1" }).destroy();
    const reminders = warn.mock.calls.filter(([message]) =>
      String(message).includes("NodeVersionSupportWarning"),
    );
    warn.mockRestore();
    expect(reminders).toEqual([]);
  });
});
