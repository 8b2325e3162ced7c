import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENVIRONMENTS } from "../../stacks/environments.js";
import { stackDir, synthesizeAll } from "../../scripts/terraform/synth.js";
import { OfflineWorkspace, PROJECT_ROOT, type TerraformRun } from "../../scripts/terraform/workspace.js";

// One synth for all environments; each environment keeps its initialised workspace between runs.
const outdir = mkdtempSync(path.join(tmpdir(), "eda-synth-"));
const workRoot = path.join(PROJECT_ROOT, ".eda", "terraform", "test-work");

beforeAll(() => {
  synthesizeAll(outdir, {});
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function explain(run: TerraformRun | undefined): string {
  return run ? `terraform ${run.args.join(" ")}\n${run.stdout}\n${run.stderr}` : "init skipped";
}

interface StackJson {
  resource: Record<string, Record<string, Record<string, unknown>>>;
}

function stackJson(stack: string): StackJson {
  return JSON.parse(readFileSync(path.join(stackDir(outdir, stack), "cdk.tf.json"), "utf8")) as StackJson;
}

function resourceTotal(stack: string): number {
  return Object.values(stackJson(stack).resource).reduce((sum, byId) => sum + Object.keys(byId).length, 0);
}

/** Base64 SHA-256 of the zip the stack's function ships, read from the synthesized stack folder. */
function shippedZipSha256(stack: string): string {
  const [fn] = Object.values(stackJson(stack).resource.aws_lambda_function ?? {});
  if (!fn) throw new Error(`no function in ${stack}`);
  const zip = readFileSync(path.join(stackDir(outdir, stack), String(fn.filename)));
  return createHash("sha256").update(zip).digest("base64");
}

describe.each(ENVIRONMENTS)("the %s environment in Terraform", (name) => {
  const workspace = new OfflineWorkspace(name, workRoot);
  // One plan serves every assertion about it.
  let plan: Promise<TerraformRun> | undefined;
  const planned = (): Promise<TerraformRun> => (plan ??= workspace.plan());

  beforeAll(async () => {
    workspace.load(stackDir(outdir, name));
    const init = await workspace.init();
    expect(init?.status ?? 0, explain(init)).toBe(0);
  });

  it("passes terraform validate", async () => {
    const run = await workspace.validate();
    expect(run.status, explain(run)).toBe(0);
    expect(run.stdout).toContain("The configuration is valid.");
  });

  it("plans offline to create every synthesized resource and nothing else", async () => {
    const run = await planned();
    expect(run.status, explain(run)).toBe(0);
    expect(run.stdout).toContain(`Plan: ${resourceTotal(name)} to add, 0 to change, 0 to destroy.`);
  });

  it("plans the function with filebase64sha256 of the zip it ships as source_code_hash", async () => {
    const run = await planned();
    expect(run.status, explain(run)).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`source_code_hash\\s+= "${escapeRegExp(shippedZipSha256(name))}"`));
  });
});

describe("Terraform variable validation", () => {
  const workspace = new OfflineWorkspace("dev", workRoot);

  it("rejects a maximum record age above the stream retention given with -var", async () => {
    workspace.load(stackDir(outdir, "dev"));
    await workspace.init();
    const run = await workspace.plan([
      "-var",
      "kinesis_retention_hours=24",
      "-var",
      "esm_maximum_record_age_seconds=172800",
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr.replace(/\s+/g, " ")).toContain(
      "esm_maximum_record_age_seconds must not exceed kinesis_retention_hours * 3600",
    );
  });
});
