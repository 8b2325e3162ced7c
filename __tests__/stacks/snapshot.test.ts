import { describe, expect, it } from "vitest";
import { ENVIRONMENTS } from "../../stacks/environments.js";
import { synthEnvironment, type TerraformJson } from "./synth.js";

/**
 * The asset folder's hash changes with every bundled dependency; packaging.test.ts checks the package, so
 * the snapshot keeps a placeholder and stays about the infrastructure.
 */
function withoutPackageHashes(config: TerraformJson): TerraformJson {
  const functions = config.resource.aws_lambda_function ?? {};
  for (const fn of Object.values(functions)) {
    fn.filename = String(fn.filename).replace(/\/[0-9A-F]{32}\//, "/<asset-hash>/");
    fn.source_code_hash = String(fn.source_code_hash).replace(/\/[0-9A-F]{32}\//, "/<asset-hash>/");
  }
  return config;
}

describe("synthesized environments", () => {
  // Reviewed snapshots: any unintended change to the generated Terraform shows up as a diff.
  it.each(ENVIRONMENTS)("%s matches its reviewed snapshot", (name) => {
    expect(withoutPackageHashes(synthEnvironment(name).config)).toMatchSnapshot();
  });
});
