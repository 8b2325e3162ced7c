import { describe, expect, it } from "vitest";
import { ENVIRONMENTS } from "../../stacks/environments.js";
import { synthEnvironment, type TerraformJson } from "./synth.js";

/**
 * The package's hashes change with every bundled dependency; packaging.test.ts checks them, so the
 * snapshot keeps placeholders and stays about the infrastructure.
 */
function withoutPackageHashes(config: TerraformJson): TerraformJson {
  const functions = config.resource.aws_lambda_function ?? {};
  for (const fn of Object.values(functions)) {
    fn.filename = String(fn.filename).replace(/\/[0-9A-F]{32}\//, "/<asset-hash>/");
    fn.source_code_hash = "<base64-sha256-of-zip>";
  }
  return config;
}

describe("synthesized environments", () => {
  // Reviewed snapshots: any unintended change to the generated Terraform shows up as a diff.
  it.each(ENVIRONMENTS)("%s matches its reviewed snapshot", (name) => {
    expect(withoutPackageHashes(synthEnvironment(name).config)).toMatchSnapshot();
  });
});
