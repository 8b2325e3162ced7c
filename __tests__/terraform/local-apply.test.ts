import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { LocalDeployment } from "../../scripts/terraform/local-deployment.js";
import type { TerraformRun } from "../../scripts/terraform/terraform-cli.js";
import { functionLogLines, mappingStatus, publishOrder, queuesReached } from "./support/event-flow.js";

/**
 * A cycle takes about 2 minutes, nearly all of it the provider's own pollers (25 s per SQS queue change, 10 s
 * per stream poll); the bound is generous because terraform's start-up alone slows badly on a busy machine.
 */
const CYCLE_TIMEOUT_MS = 600_000;

interface Variant {
  readonly name: string;
  readonly accountDiscovery: boolean;
  /** Stop the emulator after the apply and start it again on the same port and data dir before the plan. */
  readonly restartBeforePlan: boolean;
  /** The services the cycle touches, which `/_eda/state` must list with nothing left in them. */
  readonly services: readonly string[];
}

const STACK_SERVICES = ["sqs", "sns", "kinesis", "monitoring", "lambda", "iam", "logs"];
const VARIANTS: readonly Variant[] = [
  {
    name: "the account lookup skipped and the emulator restarted from its data dir before the plan",
    accountDiscovery: false,
    restartBeforePlan: true,
    services: STACK_SERVICES,
  },
  {
    name: "the provider's account discovery on",
    accountDiscovery: true,
    restartBeforePlan: false,
    services: STACK_SERVICES,
  },
];

interface Deployment {
  emulator: RunningEmulator;
  readonly workdir: string;
  readonly terraform: LocalDeployment;
}

const deployments = new Map<Variant, Deployment>();

const dataDirOf = (workdir: string): string => path.join(workdir, "data");

const explain = (run: TerraformRun): string =>
  `terraform ${run.args.join(" ")}\n${run.stdout}\n${run.stderr}`;

beforeAll(async () => {
  // One at a time: terraform's plugin cache is not safe for concurrent inits.
  for (const variant of VARIANTS) {
    const workdir = mkdtempSync(path.join(tmpdir(), "eda-local-apply-"));
    const emulator = await startEmulator({ port: 0, dataDir: dataDirOf(workdir), log: () => {} });
    const terraform = new LocalDeployment(workdir, {
      endpoint: emulator.url,
      accountDiscovery: variant.accountDiscovery,
    });
    deployments.set(variant, { emulator, workdir, terraform });
    const init = await terraform.init();
    expect(init.status, explain(init)).toBe(0);
  }
});

afterAll(async () => {
  for (const { emulator, workdir } of deployments.values()) {
    await emulator.stop();
    rmSync(workdir, { recursive: true, force: true });
  }
});

async function emulatorState(emulator: RunningEmulator): Promise<Record<string, unknown>> {
  const response = await fetch(`${emulator.url}/_eda/state`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { services: Record<string, unknown> }).services;
}

// The two cycles run side by side: nearly all of each is the provider sleeping between polls.
describe.concurrent("terraform of the whole local environment against the emulator", () => {
  it.each(VARIANTS)(
    "applies, plans no changes, carries an event to both queues and the function, then destroys everything, with $name",
    async (variant) => {
      const deployment = deployments.get(variant);
      if (!deployment) throw new Error(`no deployment prepared for ${variant.name}`);
      const { terraform, workdir } = deployment;

      const apply = await terraform.apply();
      expect(apply.status, explain(apply)).toBe(0);
      expect(apply.stdout).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./);

      if (variant.restartBeforePlan) {
        const port = Number(new URL(deployment.emulator.url).port);
        await deployment.emulator.stop();
        deployment.emulator = await startEmulator({ port, dataDir: dataDirOf(workdir), log: () => {} });
      }

      const plan = await terraform.plan();
      expect(plan.status, explain(plan)).toBe(0);
      expect(plan.stdout).toContain("No changes. Your infrastructure matches the configuration.");

      // One order event through the project's producer: SNS fans it out to both queues (orders through its
      // filter), and the stream's mapping hands it to the deployed bundle, which logs it as processed.
      const outputs = await terraform.outputs();
      const event = await publishOrder(deployment.emulator.url, outputs);
      expect(await queuesReached(deployment.emulator.url, outputs, event.id)).toEqual(["audit", "orders"]);
      const lines = await functionLogLines(deployment.emulator.url, outputs, event.id);
      expect(lines.map((line) => line.message)).toContain("event processed");
      expect(await mappingStatus(deployment.emulator.url, outputs)).toEqual({
        state: "Enabled",
        lastProcessingResult: "OK",
      });

      const destroy = await terraform.destroy();
      expect(destroy.status, explain(destroy)).toBe(0);

      const state = await emulatorState(deployment.emulator);
      expect(Object.keys(state)).toEqual(expect.arrayContaining([...variant.services]));
      expect(Object.values(state).filter((summary) => JSON.stringify(summary) !== "{}")).toEqual([]);
    },
    CYCLE_TIMEOUT_MS,
  );
});
