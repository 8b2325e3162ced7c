import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TERRAFORM_TIMEOUT_MS, useTerraformFixture } from "./support/terraform-fixture.js";

const fixture = useTerraformFixture(fileURLToPath(new URL("./fixtures/iam-terraform.tf", import.meta.url)));

describe("terraform with the hashicorp/aws provider", () => {
  it(
    "applies IAM roles, policies, users and keys, then plans no changes, then destroys them all",
    async () => {
      const { init, apply, plan, destroy } = await fixture.cycle();
      expect(init.code, init.output).toBe(0);
      expect(apply.code, apply.output).toBe(0);
      expect(apply.output).toContain('account = "000000000000"');
      expect(plan.code, plan.output).toBe(0);
      expect(destroy.code, destroy.output).toBe(0);
      expect((await fixture.emulator.service("iam")).summary()).toEqual({});
    },
    4 * TERRAFORM_TIMEOUT_MS,
  );
});
