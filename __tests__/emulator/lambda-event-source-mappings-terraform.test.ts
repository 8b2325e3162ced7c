import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ECHO_ZIP } from "./support/lambda.js";
import { TERRAFORM_TIMEOUT_MS, useTerraformFixture } from "./support/terraform-fixture.js";

const fixture = useTerraformFixture(
  fileURLToPath(new URL("./fixtures/lambda-event-source-mappings.tf", import.meta.url)),
  { "function.zip": ECHO_ZIP },
);

describe("terraform with the hashicorp/aws provider", () => {
  it(
    "applies a Kinesis and an SQS event source mapping, then plans no changes, then destroys them",
    async () => {
      const { init, apply, plan, destroy } = await fixture.cycle();
      expect(init.code, init.output).toBe(0);
      expect(apply.code, apply.output).toBe(0);
      expect(apply.output).toContain('stream_mapping_state = "Enabled"');
      expect(plan.code, plan.output).toBe(0);
      expect(destroy.code, destroy.output).toBe(0);
      expect((await fixture.emulator.service("lambda")).summary()).toEqual({});
    },
    4 * TERRAFORM_TIMEOUT_MS,
  );
});
